from gold_lib import *

GZ, CZ, ST, MZ = "440100", "445100", "440500", "441400"   # 广州市, 潮州市, 汕头市, 梅州市
SPEC = [
    # 行医六十载: 载 (years, literary) is no unit of the guidelines: nothing (call 4). 一根银针: lone 一
    # 羊城健康报: 羊城 (a nickname of 广州) is no gazetteer name
    D("2025-09-09", "2025-09-09"),
    T("88岁", 88, "year", age=True),
    # 第四届: an ordinal
    D("1937年", "1937"),
    R("广东省潮州市", CZ),                          # chain: the city
    D("1956年", "1956"),
    R("广州", GZ, in_org=True),                     # 广州中医学院
    R("广州", GZ, in_org=True),                     # (今广州中医药大学)
    T("68年", 68, "year"),                          # 从医至今已68年: years of practice
    T("20岁", 20, "year", age=True),
    T("5年", 5, "year"),
    # 一根针, 一个月: lone 一; 三十几块钱: 几 is no numeral, nothing
    M("每次30多元", 30, period="time", qualifier="min"),   # 多 between number and unit -> min
    P("七成", 0.7),
    C("3次", 3, "time"),                            # 每周仍坚持出诊3次
    C("40个", 40, "item"),                          # 每次限号40个: 每次 is a period word for money, not part of a count
    M("每次300元", 300, period="time"),
    M("60元", 60),
    # 不超过12味药: 味 is no classifier of the list: nothing (call 1)
    M("50元以内", 50, qualifier="max"),             # 每剂药价控制在50元以内: 每剂 does not touch
    # 15克, 12克: weights; "酸枣仁五钱": 钱 a weight here, no money (call 1); 一剂: lone 一
    # 比如: a common word, not a place (as in set 44)
    C("两次", 2, "time"),                           # 一剂药煎两次
    # 连服7剂: 剂 is no classifier of the list: nothing (call 1); 一个疗程: lone 一
    D("1998年开始", "1998", qualifier="from"),
    C("26名", 26, "person"),
    C("31位", 31, "person"),
    C("9人", 9, "person"),
    # 省级名中医: a level, no place
    R("潮州", CZ),
    R("汕头", ST),
    R("梅州", MZ),
    C("5个", 5, "item"),
    R("广州", GZ, in_org=True),                     # 广州中医药大学第一附属医院
    T("10年", 10, "year"),
    T("20年", 20, "year"),
    D("一九年", "2019"),                            # the year 2019 said short, like 二三年 (guidelines), not a 九 period (call 2)
    T("三年", 3, "year"),                           # 三年一期; 第三期: an ordinal
    # 每周二、周四上午: weekdays, nothing
    R("广州", GZ, in_org=True),
    PH("020-36591234"),
]
