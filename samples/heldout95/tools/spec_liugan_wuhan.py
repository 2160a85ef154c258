from gold_lib import *

WH, JH = "420100", "420103"                         # 武汉市, 江汉区
SPEC = [
    R("武汉市江汉区", JH, in_org=True),             # 武汉市江汉区民族街社区卫生服务中心: 民族街 a street, not a place
    DR("2025-2026年度", "2025", "2026"),            # a year range (call 3)
    D("2025年10月8日起", "2025-10-08", qualifier="from"),
    DR("2025-2026年度", "2025", "2026"),
    # 1. 2. 3.: list numbers; 三价/四价: 价 no classifier
    M("128元", 128),                                # 每剂128元: 每 + classifier, no period
    T("6月龄及以上", 6, "month", age=True, qualifier="min"),
    M("158元", 158),
    T("3周岁及以上", 3, "year", age=True, qualifier="min"),
    M("298元", 298),
    T("3-17周岁", (3, 17), "year", age=True),
    M("20元", 20),
    T("6月龄", 6, "month", age=True),               # 6月龄至8周岁: two units, two mentions (set 77 call 8)
    T("8周岁", 8, "year", age=True),
    # 2剂: 剂 no classifier
    T("4周以上", 4, "week", qualifier="min"),
    # 周一至周五 8:00-11:30, 周六上午8:00-11:00: weekdays and times, nothing (call 4)
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    R("武汉市", WH),                                # 武汉市户籍: a topic
    # 1剂: no classifier
    T("30分钟", 30, "minute"),
    T("24小时", 24, "hour"),                        # 24小时内不要沾水: 内 not on the list
    # 体温37.3℃以上: a temperature, no unit of the guidelines
    # 批号:2025091203、L202510B07: batch numbers (call 2)
    D("2026年6月30日", "2026-06-30"),
    R("武汉市", WH),                                # 武汉市医保政策: a topic
    PH("027-85763412"),
    # (工作日8:00-17:00): times
    PH("139 7156 2048"),
    # 五、六、: section numbers
    T("6至12个月", (6, 12), "month"),
    C("1次", 1, "time"),                            # 每年接种1次: digit 1 is no lone 一
    D("10月20日", "--10-20"),                       # 截至 is a preposition
    C("1,286人次", 1286, "person"),
    T("65岁以上", 65, "year", age=True, qualifier="min"),
    P("约四成", 0.4, qualifier="approx"),
    R("江汉区", JH, in_org=True),                   # signature: 江汉区民族街社区卫生服务中心
    D("2025年9月26日", "2025-09-26"),
]
