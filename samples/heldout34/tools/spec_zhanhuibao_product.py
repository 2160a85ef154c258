from gold_lib import *

ZJ, GD = "440800", "440000"                         # 湛江市, 广东省
SPEC = [
    # 惠民 in 惠民保 (×3: breadcrumb, menu, 惠民保项目组) is part of a word, not 惠民县 (set 13 call 2)
    # breadcrumb 首页 > 城市惠民保 > 湛惠保2026: 2026 is part of a product name, no 年 (set 4 call 21): nothing;
    # 湛 in 湛惠保 is a one-character abbreviation: no place
    R("湛江市", ZJ),                                # 湛江市城市定制型商业医疗保险: a place before a programme (topic), plain
    R("湛江市", ZJ, in_org=True),                   # 湛江市医疗保障局
    R("湛江市", ZJ, in_org=True),                   # 湛江市地方金融监督管理局
    R("湛江", ZJ, in_org=True),                     # 南粤人寿保险股份有限公司湛江中心支公司 (invented insurer; branch named after the city)
    C("4家", 4, "institution"),                     # 等4家保险公司
    D("2025-11-03", "2025-11-03"),                  # 发布日期
    M("59元/人/年", 59, period="year"),             # guidelines: 380元/人/年
    M("最高300万元", 3000000, qualifier="max"),     # 保额最高300万元
    T("0-100周岁", (0, 100), "year", age=True),     # one range, one unit (set 7 call 3)
    T("30天", 30, "day"),                           # 等待期:30天; 续保无等待期: no number
    M("2万元", 20000),                              # 免赔额:2万元(年度累计)
    DR("2025年11月3日至2026年1月31日", "2025-11-03", "2026-01-31"),
    DR("2026年1月1日至2026年12月31日", "2026-01-01", "2026-12-31"),
    M("59元/人/年", 59, period="year"),
    P("三成", 0.3),                                 # 约为同类商业医疗险的三成: 约为 does not touch (the noun phrase between)
    C("四项", 4, "item"),                           # 四项责任: a numeral and a classifier that touch
    M("最高300万元", 3000000, qualifier="max"),     # 合计最高300万元
    C("120种", 120, "kind"),
    P("不低于20%", 0.2, qualifier="min"),
    T("10个工作日", 10, "workday"),                 # 10个工作日内: 内 is not on the list
    C("18家", 18, "institution"),                   # “一站式”: lone 一, nothing
    M("100万元", 1000000),                          # 责任一 (保额100万元): 责任一 is a label (ordinal-like), nothing
    M("2万元", 20000),
    P("80%", 0.8),
    P("30%", 0.3),
    M("100万元", 1000000),                          # 责任二
    M("2万元", 20000),                              # 与责任一共用2万元
    P("70%", 0.7),
    P("20%", 0.2),
    M("80万元", 800000),                            # 责任三
    C("120种", 120, "kind"),                        # 清单内120种特药; 0免赔: a bare 0 with no unit, nothing
    P("75%", 0.75),
    P("35%", 0.35),
    M("20万元", 200000),                            # 责任四
    C("2家", 2, "institution"),
    P("70%", 0.7),
    C("5类", 5, "kind"),                            # 以下5类疾病; (一)…(五): list numbers
    # 投保须知 1. … 5.: list numbers
    R("湛江市", ZJ),                                # 参加湛江市基本医疗保险: a programme, plain
    D("2025年", "2025", _nb=True),                  # 2.2025年已参保: the list number 2. before the year is no decimal point (set 4 call 19)
    M("每年59元", 59, period="year"),               # 每人每年59元 (set 1 call 2)
    T("65周岁以上", 65, "year", age=True, qualifier="min"),   # drafted as 3.65周岁以上 and rewritten (set 26 call 6)
    C("超过12万人", 120000, "person", qualifier="min"),
    # 下一保障期: no number
    T("15天", 15, "day"),                           # 4.犹豫期15天
    M("59元", 59),                                  # 余额不足59元: 不足 is not on the shared list
    # 湛惠保2025: a product name, nothing
    C("132.6万人", 1326000, "person"),
    P("约为18.4%", 0.184, qualifier="approx"),
    M("2.31亿元", 231000000),
    C("4.8万人次", 48000, "person"),
    M("86.7万元", 867000),                          # 最高个人赔付达86.7万元: 最高 does not touch, 达 is not on the list
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    P("47%", 0.47),
    M("1.02亿元", 102000000),
    R("霞山区", "440803"),
    C("24.3万人", 243000, "person"),
    R("赤坎区", "440802"),
    C("21.5万人", 215000, "person"),
    R("廉江市", "440881"),
    C("19.8万人", 198000, "person"),
    R("雷州市", "440882"),
    C("17.2万人", 172000, "person"),
    R("遂溪县", "440823"),
    C("11.6万人", 116000, "person"),
    # “湛惠保”小程序: no place (湛 is one character)
    R("湛江", ZJ, in_org=True),                     # “湛江医保”公众号: an account (set 2 call 5)
    R("湛江市霞山区", "440803"),                    # an address: one chain at the district, plain; 人民大道南48号 road and house number
    PH("0759-3386210"),
    PH("400-606-0759"),                             # toll-free; its last group 0759 is no area code (set 4 call 21); 9:00-18:00 times
    R("广东省", GD),                                # 广东省内: 内 outside (set 30 call 4); 首个 an ordinal; 地级市 no place
]
