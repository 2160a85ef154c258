from gold_lib import *

NN, GX = "450100", "450000"                         # 南宁市, 广西壮族自治区
SPEC = [
    R("南宁市", NN),                                # the notice's own title line without 《》 (set 4 call 10): plain
    D("2025年度", "2025"),
    R("南宁市", NN, in_org=True),                   # 南宁市医疗保障局
    R("南宁市", NN, in_org=True),                   # 国家税务总局南宁市税务局
    D("2025年7月3日", "2025-07-03"),
    R("广西壮族自治区", GX),                        # a place before a statistic (set 14 call 8): plain
    D("2024年", "2024"),
    M("7125元", 7125),                              # 月平均工资7125元: 月 is part of the noun (set 5 call 14)
    D("2025年度", "2025"),
    DR("2025年7月1日至2026年6月30日", "2025-07-01", "2026-06-30"),
    R("南宁市", NN),                                # 南宁市灵活就业人员: a place before a topic
    M("4275元/月", 4275, period="month"),
    P("60%", 0.6),
    M("21375元/月", 21375, period="month"),
    P("300%", 3.0),                                 # above 100% (set 5 call 16)
    M("4275-21375元", (4275, 21375)),               # one unit: one range
    C("五个", 5, "item"),                           # 五个档次
    P("8%", 0.08),
    P("6.5%", 0.065),
    P("1.5%", 0.015),
    # table: 一档 … 五档 are tier names (set 16 call 7); every cell has its own unit, so each is a mention;
    # the 月缴费额 header does not give the cells a period (the period word must touch the amount)
    M("4275元/月", 4275, period="month"),
    M("342元", 342),
    M("5700元/月", 5700, period="month"),
    M("456元", 456),
    M("7125元/月", 7125, period="month"),
    M("570元", 570),
    M("10688元/月", 10688, period="month"),
    M("855.04元", 855.04),
    M("21375元/月", 21375, period="month"),
    M("1710元", 1710),
    M("每月456元", 456, period="month"),            # 李某选择二档,每月456元
    M("5472元", 5472),                              # 全年共5472元: 全年 is no period word
    M("4104元", 4104),                              # 全年缴费4104元
    M("2736元", 2736),                              # 一年要多缴2736元: 一年 is a lone 一, 多缴 between
    M("57元", 57),                                  # 每月多划入57元: 多划入 between 每月 and the amount (no period)
    # 四、 and 五、: items 1.–4. are list numbers before words
    DR("每月1日至20日", "---01", "---20", recurring="monthly"),   # 1. before 缴费时间 is a list number
    D("次月25日前", "---25", relative_to="next_month", qualifier="until"),   # 当月 (no day): no date
    T("超过3个月", 3, "month", qualifier="min"),
    T("6个月", 6, "month"),
    T("2年", 2, "year"),                            # 满2年后: 满 and 后 are not on the list (`30日后` → `30日`)
    T("1年", 1, "year"),                            # 每多缴费1年
    M("5000元", 5000),
    M("2万元", 20000),                              # 最多增加2万元: 最多 does not touch (增加 between)
    T("25年", 25, "year"),
    T("20年", 20, "year"),
    R("南宁市", NN),                                # 在南宁市实际缴费: plain
    T("10年", 10, "year"),
    T("60周岁", 60, "year", age=True),
    T("55周岁", 55, "year", age=True),
    R("青秀区", "450103"),
    R("西乡塘区", "450107"),
    R("良庆区", "450108"),                          # 等城区: 城区 a common word here (set 13 call 7)
    R("武鸣区", "450110"),
    R("横州市", "450181"),
    R("宾阳县", "450126"),                          # 县(市、区): no place
    P("2%", 0.02),
    R("广西", GX, in_org=True),                     # “广西税务”微信公众号
    R("南宁", NN, in_org=True),                     # “南宁医保”小程序
    PH("0771-5597112", city="南宁市"),              # 0771 is shared with 崇左市: the article's region decides (set 1 call 5)
    m("phone", "12366", "12366", kind="service"),   # the tax hotline (set 18 call 1)
    E("nnyb_linghuo@example.com.cn"),
    U("https://etax.example.gov.cn/gx/lhjy"),
]
