from gold_lib import *

YC, XL, HB = "420500", "420502", "420000"         # 宜昌市, 西陵区, 湖北省
SPEC = [
    R("宜昌市", YC, in_org=True),                   # 宜昌市口腔医院 (board title)
    R("湖北省", HB),                                # 依据湖北省医疗服务价格项目规范: a place before a topic (no 《》)
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    R("宜昌市西陵区", XL),                          # address chain; 夷陵 in 夷陵大道 is part of a road name; 186号 a house number
    PH("0717-6241188"),
    # header 计价单位 / 价格: no numbers
    M("10元/次", 10, period="time"),
    M("80元/次", 80, period="time"),
    M("每次180元", 180, period="time"),
    M("120元", 120),                                # 每象限 is a column cell, apart from the amount
    M("150元", 150),                                # 每颗    150元: column gap; and 每颗 gives no period anyway
    P("30%", 0.3),                                  # 后牙加收30%
    M("220元", 220),
    M("280元", 280),                                # 每根管    280元
    M("260元", 260),                                # 每根管260元: 每 + a classifier, no period
    # 最多4根: 根 is not a classifier of the guidelines' lists: no count (call 2)
    M("60元", 60),
    M("350-600元", (350, 600)),
    M("40元", 40),
    T("6-12岁", (6, 12), "year", age=True),
    M("4500元", 4500),                              # 单颗    4500元
    M("800元起", 800, qualifier="min"),
    M("1800元", 1800), M("2600元", 2600),           # 1800元~2600元: two units, two amounts
    M("1200元", 1200),                              # 每副    1200元: 副 is no period and no classifier
    M("2.8万元左右", 28000, qualifier="approx"),     # 每例 is a column cell
    M("50元/次", 50, period="time"),
    # 1. 2. 3. 4.: list numbers; 三级医院: a hospital level
    T("14周岁以下", 14, "year", age=True, qualifier="max"),
    P("20%", 0.2),
    P("70%", 0.7),
    # 36号牙, 47号牙: tooth numbers, nothing
    C("3次", 3, "time"),                            # 复诊3次
    T("7-10天", (7, 10), "day"),
    C("86台", 86, "piece"),                         # 牙椅86台
    C("52名", 52, "person"),
    PH("12345"),
    PH("0717-6235500"),
    R("宜昌市", YC, in_org=True),                   # 宜昌市发展和改革委员会
    R("宜昌市", YC, in_org=True),                   # 宜昌市医疗保障局
    D("2024年12月20日", "2024-12-20"),
]
