from gold_lib import *

GZ = "440100"                                        # 广州市
SPEC = [
    # 三伏天: no number
    R("广州市", GZ, in_org=True),                    # 广州市疾病预防控制中心
    D("2025-07-15", "2025-07-15"),                   # the article's own date line: no role (set 1 call 8)
    D("7月", "--07"),                                # 进入7月
    R("广州", GZ),
    T("11天", 11, "day"),                            # 连续11天
    # 高温黄色预警: no number; 37.8°C, 超过42°C: temperatures, nothing
    C("四件", 4, "item"),                            # “防、补、避、降”四件事: 件 is a classifier (item)
    # 一、…五、 sections; 1. 2. 3. list numbers
    # 1500-2000毫升, 3000毫升以上: millilitres, no unit of any type
    T("1小时", 1, "hour"),                           # 每隔1小时: an interval; 饮水一次 (lone 一)
    # 200-300毫升: millilitres
    P("0.1%", 0.001),                                # 0.1%-0.2%: every % is its own mention; a concentration, not a product's name (call 5)
    P("0.2%", 0.002),
    # 一罐 (lone 一), 330毫升, 35克: no unit of any type
    # 10:00-16:00, 12时至15时: times of day
    T("30-60分钟", (30, 60), "minute"),               # 午休30-60分钟 (a draft's 30分钟至1小时, across two units, was rewritten: set 7 call 3)
    T("7-8小时", (7, 8), "hour"),
    # 26°C, 不超过8°C: temperatures (不超过 touches no unit of any type)
    T("2-3小时", (2, 3), "hour"),                     # 每隔2-3小时; 开窗通风一次 (lone 一)
    T("不超过1小时", 1, "hour", qualifier="max"),
    P("二三成", {"min": 0.2, "max": 0.3}),            # two neighbouring numerals, as 百分之六七十
    T("65岁以上", 65, "year", age=True, qualifier="min"),
    T("5岁以下", 5, "year", age=True, qualifier="max"),
    DR("2024年6月至9月", "2024-06", "2024-09"),
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    P("41.6%", 0.416),
    P("35%左右", 0.35, qualifier="approx"),
    C("1次", 1, "time"),                             # 每天至少联系1次: 联系 stands between 至少 and 1次
    T("20-30分钟", (20, 30), "minute"),
    # 体温高达40°C以上: a temperature
    PH("120"),
    T("30分钟", 30, "minute"),                       # 30分钟内: 内 not a qualifier
    # 39°C以下: a temperature
    R("广州", GZ),                                   # 广州参保职工: a topic
    # 三级医院: a hospital level
    P("约85%", 0.85, qualifier="approx"),
    M("60万元", 600000),                             # 最高支付限额为60万元: 为 stands between
    PH("020-36052123"),
    # 周一至周五 (weekdays), 8:30-17:30 (times): nothing
    PH("12320"),
    R("广州", GZ, in_org=True),                      # “广州疾控”微信公众号: an account
]
