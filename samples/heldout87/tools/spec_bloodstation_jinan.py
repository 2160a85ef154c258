from gold_lib import *

JN, SD = "370100", "370000"                         # 济南市, 山东省
SPEC = [
    R("济南市", JN, in_org=True),                   # 济南市中心血站 (title)
    D("2025年", "2025"),                            # 2025年国庆、中秋期间
    DR("2025年10月1日至10月8日", "2025-10-01", "2025-10-08"),
    # 1. … 5.: list numbers; 泉城广场 (泉城 a nickname, not in the gazetteer)
    R("历下区", "370102"),                          # (历下区泺源大街): an address, plain
    # 每日8:30-18:00: times of day
    R("济南市", JN, in_org=True),                   # 济南市中心血站本部
    R("市中区", "370103"),                          # 市中区 of 济南 (also a name in 枣庄/内江/乐山): the article's city
    DR("10月1日至10月3日", "--10-01", "--10-03"),  # then 9:00-16:00 (times)
    D("10月4日起", "--10-04", qualifier="from"),
    R("章丘", "370114", in_org=True),               # 章丘献血屋: a facility's name
    R("章丘区", "370114"),                          # (章丘区明水汇泉路): address, plain; 明水 a street/town
    R("长清", "370113", in_org=True),               # 长清大学城献血车: a named mobile unit
    D("10月5日", "--10-05"),
    D("10月6日", "--10-06"),
    T("两天", 2, "day"),
    R("莱芜区", "370116", in_org=True),             # 莱芜区献血屋: a facility's name
    DR("10月2日至8日", "--10-02", "--10-08"),
    # O型、A型、B型、AB型: blood types, nothing
    T("3天", 3, "day"),                             # 不足3天用量: 不足 is not on the list
    T("约5天", 5, "day", qualifier="approx"),
    T("18—60周岁", (18, 60), "year", age=True),     # one unit, an em dash: one range
    # 200毫升至400毫升: 毫升 no unit of any type
    C("两次", 2, "time"),                           # 两次献全血间隔: 两 + 次 touch (两名 counts)
    T("不少于6个月", 6, "month", qualifier="min"),
    T("不少于2周", 2, "week", qualifier="min"),
    PH("120"),
    # “有偿代献”: no number
    C("1份", 1, "piece"),                           # 纪念品1份
    # 1000毫升以上: nothing; 天下第一泉: an ordinal in a name
    T("1年", 1, "year"),                            # 有效期1年 (digit 1, not a lone 一)
    DR("1-8月", "--01", "--08"),                    # 今年1-8月: 今年 not part of it
    C("6.8万人次", 68000, "person"),
    # 约24.6吨: tonnes, no mention of any type
    P("8%", 0.08),
    P("约三成", 0.3, qualifier="approx"),
    R("济南市市中区", "370103"),                    # address chain; 经十一路107号, 邮编250001 nothing
    PH("(0531)82963120"),
    PH("82963121", inferred_code="0531"),           # local 8 digits completed from the article's region
    PH("13905310426"),
    R("山东省", SD, in_org=True),                   # 山东省血液中心
    PH("0531-86013588"),
    U("www.jnxz.example.cn"),
    R("济南市", JN, in_org=True),                   # signature 济南市中心血站
    D("2025年9月26日", "2025-09-26"),
]
