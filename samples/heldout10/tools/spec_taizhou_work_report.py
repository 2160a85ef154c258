from gold_lib import *

TZ, ZJ = "331000", "330000"                         # 台州市, 浙江省
SPEC = [
    R("台州市", TZ, in_org=True),                    # title: 台州市医疗保障局 (the office's own report)
    D("2024年", "2024"),
    D("2025年", "2025"),
    D("2024-12-26", "2024-12-26"),                  # 发布日期:2024-12-26 16:05: 16:05 is a time of day
    R("台州市", TZ, in_org=True),                    # 来源:台州市医疗保障局
    # 浏览次数:1532: a counter, no unit
    D("2024年", "2024"),
    # 市委、市政府: no place named
    R("浙江省", ZJ, in_org=True),                    # 浙江省医疗保障局
    # 一、(一)…(六), 二、: list numbers
    D("2024年", "2024"),                            # heading 一、2024年工作总结
    D("2024年11月底", "2024-11", qualifier="approx"),  # 截至…: 截至 is a preposition outside; 底 → approx
    C("631.8万人", 6318000, "person"),
    P("1.6%", 0.016),                               # 同比增长1.6%: 同比增长 is outside (not on the shared list)
    P("99.5%以上", 0.995, qualifier="min"),
    P("0.4个百分点", 0.004, points=True),           # 较上年提高…: 上年 no date
    C("278.4万人", 2784000, "person"),
    P("3.2%", 0.032),
    C("353.4万人", 3534000, "person"),
    P("99%以上", 0.99, qualifier="min"),
    DR("2024年1—11月", "2024-01", "2024-11"),        # month range with the Chinese dash U+2014 (set 3 call 1's year range)
    M("241.6亿元", 24160000000),
    P("12.3%", 0.123),
    M("208.9亿元", 20890000000),
    P("9.8%", 0.098),
    M("约196亿元", 19600000000, qualifier="approx"),
    T("11.3个月", 11.3, "month"),                   # 可支付月数为11.3个月
    D("11月", "--11"),                              # 11月当月: 当月 has no day, no date of its own
    M("19.7亿元", 1970000000),
    P("2.1%", 0.021),                               # 环比增长: outside
    P("86.2%", 0.862),
    P("1.2个百分点", 0.012, points=True),           # 增加1.2个百分点: 增加 is a verb
    P("71.5%", 0.715),
    P("0.3个百分点", 0.003, points=True),
    C("2862.4万人次", 28624000, "person"),
    P("7.5%", 0.075),
    C("38种", 38, "kind"),                          # 由38种扩大到45种: two counts, no range (扩大到 between)
    C("45种", 45, "kind"),
    C("4.3万人", 43000, "person"),
    M("1.5万元", 15000),                            # 由1.5万元降至1.2万元: two amounts
    M("1.2万元", 12000),
    P("60%", 0.6),                                  # 60%至80%: every % its own mention
    P("80%", 0.8),
    M("50万元", 500000),                            # 最高支付限额为50万元: 最高 does not touch
    C("31.6万人次", 316000, "person"),
    M("4.87亿元", 487000000),
    # DRG: no number
    C("87家", 87, "institution"),
    P("超过90%", 0.9, qualifier="min"),
    D("2024年7月1日起", "2024-07-01", qualifier="from"),
    R("椒江区", "331002"),
    R("黄岩区", "331003"),
    R("路桥区", "331004"),
    C("3个", 3, "item"),                            # 3个区: 区 is no classifier, 3个 is the count (set 1's 16个市)
    C("612个", 612, "item"),
    D("2024年11月30日", "2024-11-30"),
    # 两定机构: 两 + 定 (no classifier), nothing
    C("5126家", 5126, "institution"),
    C("2138家", 2138, "institution"),
    C("2988家", 2988, "institution"),
    C("217家", 217, "institution"),                 # 较上年新增217家
    C("1876家", 1876, "institution"),               # 现场检查两定机构1876家
    M("3862.5万元", 38625000),
    C("142家", 142, "institution"),
    C("9家", 9, "institution"),
    C("6件", 6, "item"),                            # 移送公安机关: 公安 (公安县's short name) is part of a common word, no place
    C("234.7万人次", 2347000, "person"),
    P("28.6%", 0.286),
    C("68.2万人次", 682000, "person"),
    # “浙里办”: 浙 is a one-character abbreviation, no place
    P("98%", 0.98),
    T("3个工作日", 3, "workday"),                   # 压缩至3个工作日: 至 is a verb's preposition
    C("129个", 129, "item"),                        # 129个乡镇(街道)
    # six county-level units before one shared office word 医保服务中心: all in_org (set 2 call 4)
    R("临海市", "331082", in_org=True),
    R("温岭市", "331081", in_org=True),
    R("玉环市", "331083", in_org=True),
    R("天台县", "331023", in_org=True),
    R("仙居县", "331024", in_org=True),
    R("三门县", "331022", in_org=True),
    # “一窗通办”: lone 一
    D("2025年", "2025"),                            # heading 二、2025年工作思路
    D("2025年", "2025"),
    P("99%以上", 0.99, qualifier="min"),
    C("285万人", 2850000, "person"),
    M("每年不低于700元", 700, period="year", qualifier="min"),   # 每人每年不低于700元 (set 1 call 3)
    T("6至9个月", (6, 9), "month"),                 # one range with one unit (like 1到3个月)
    # 一是…五是: lone 一 / list words
    D("2025年6月底前", "2025-06", qualifier="until"),   # 底前 (set 6 call 10)
    C("20万人", 200000, "person"),                  # 突破20万人: 突破 is not on the list (set 4 call 12)
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    # 首批: no number
    C("不少于60家", 60, "institution", qualifier="min"),
    P("100%", 1),
    # 不少于2轮: 轮 is no classifier of the guidelines, no count
    P("100%", 1),
    P("85%以上", 0.85, qualifier="min"),
    R("台州市", TZ, in_org=True),                    # signature
    D("2024年12月26日", "2024-12-26"),
    PH("0576-88512630"),                            # (联系电话:…): the parentheses are punctuation around it
]
