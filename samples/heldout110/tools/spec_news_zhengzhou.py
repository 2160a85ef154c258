from gold_lib import *

ZZ, HN = "410100", "410000"                         # 郑州市, 河南省
SPEC = [
    R("郑州", ZZ),                                  # 郑州: a dateline in the headline, plain (set 104's 淄博:)
    # 第37个: an ordinal
    P("95.2%", 0.952),
    D("2025-12-01", "2025-12-01"),                  # 10:35 a time of day
    R("郑州", ZZ, in_org=True),                     # 郑州日报
    D("12月1日", "--12-01"),                        # 12月1日是世界艾滋病日: a recurring day without 每年 (call 3)
    R("河南省", HN, in_org=True),
    R("郑州市", ZZ, in_org=True),
    # 二七广场: a square named after the 1923 strike, not 二七区 (call 7)
    C("3万余份", 30000, "piece", qualifier="min"),  # 余 between number and unit → min
    C("326人次", 326, "person"),
    R("郑州市", ZZ, in_org=True),                   # 郑州市疾控中心
    D("2025年10月底", "2025-10", qualifier="approx"),       # 截至 outside
    C("8,416例", 8416, "case"),
    DR("1-10月", "--01", "--10"),                   # 今年1-10月: 今年 is no year
    C("612例", 612, "case"),
    P("6.4%", 0.064),
    P("97.5%", 0.975),
    P("41.3%", 0.413),
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    D("2020年", "2020"),
    P("11.2%", 0.112),
    P("18.6%", 0.186),
    P("7.4个百分点", 0.074, points=True),
    C("三个", 3, "item"),                           # '三个90%': 三个 → 3 item by the guidelines (call 1)
    P("90%", 0.9),
    C("三个", 3, "item"),
    P("95%", 0.95),
    # 市疾控中心: no place
    P("96.1%", 0.961),
    P("95.2%", 0.952),
    P("97.8%", 0.978),
    C("14家", 14, "institution"),
    R("金水区", "410105"),
    R("中原区", "410102"),
    R("管城回族区", "410104"),
    C("2家", 2, "institution"),                     # 各2家
    D("2024年起", "2024", qualifier="from"),
    R("郑州市", ZZ),                                # 郑州市将…: plain
    P("60%", 0.6),
    P("75%", 0.75),
    M("1.2万元", 12000),                            # 年度最高支付限额1.2万元: 最高 does not touch
    # 一年: lone 一
    M("七八千元", (7000, 8000)),                    # two neighbouring numerals: a range
    M("两三千块", (2000, 3000)),
    # 一名: lone 一
    T("72小时", 72, "hour"),                        # 72小时内: 内 not a qualifier
    P("90%以上", 0.9, qualifier="min"),             # 可达 between 有效率 and it; 以上 touches
    T("2小时", 2, "hour"),
    T("28天", 28, "day"),
    R("郑州市", ZZ, in_org=True),                   # 郑州市第六人民医院
    T("24小时", 24, "hour"),
    PH("0371-67128805"),
]
