from gold_lib import *

GS, LZ = "620000", "620100"                         # 甘肃省, 兰州市
SPEC = [
    R("甘肃", GS),                                  # 甘肃:“两病”…: the headline's place, plain
    C("260万人", 2600000, "person"),                # 超260万人: 超 alone is not on the list (超过 is)
    D("2025-07-18", "2025-07-18"),                  # 09:15: a time
    R("甘肃", GS, in_org=True),                     # 甘肃日报: a newspaper (set 1 call 7)
    R("兰州", LZ),                                  # 本报兰州7月17日讯: the dateline's place
    D("7月17日", "--07-17"),
    R("甘肃省", GS, in_org=True),                   # 甘肃省医疗保障局
    D("2025年6月底", "2025-06", qualifier="approx"),
    # 全省: no place; “两病”: no count
    C("263.4万人", 2634000, "person"),
    D("2024年", "2024"),                            # 2024年同期
    P("8.7%", 0.087),
    C("189.2万人", 1892000, "person"),
    P("71.8%", 0.718),
    C("74.2万人", 742000, "person"),
    P("28.2%", 0.282),
    DR("2025年1-6月", "2025-01", "2025-06"),
    M("14.6亿元", 1460000000),
    M("8.1亿元", 810000000),
    P("55.5%", 0.555),
    P("2.3个百分点", 0.023, points=True),
    # 今年上半年: no number
    C("1,286万人次", 12860000, "person"),
    P("12.4%", 0.124),
    D("2023年", "2023"),
    M("每年约420元", 420, period="year", qualifier="approx"),   # 每人每年约420元 (set 1 calls 2, 3)
    M("约290元", 290, qualifier="approx"),
    # 市州: no place
    R("兰州市", LZ),
    P("78.6%", 0.786),                              # 最高, 达到 between
    R("天水市", "620500"),
    R("白银市", "620400"),
    P("74.1%", 0.741),
    P("70.3%", 0.703),
    C("1,862家", 1862, "institution"),
    C("156种", 156, "kind"),
    P("超过九成", 0.9, qualifier="min"),
    R("天水市麦积区", "620503"),                    # 在天水市麦积区: one chain
    C("3种", 3, "kind"),
    M("150元左右", 150, qualifier="approx"),        # 每月要花150元左右: 要花 between, no period
    M("70元", 70),                                  # 不到70元: 不到 is not on the list
    R("麦积区", "620503", in_org=True),             # 麦积区中医医院
    # 每周二、周四: weekdays; 每次接诊约60人: 接诊 between 每次 and the count
    C("约60人", 60, "person", qualifier="approx"),
    # 省医保局: no place; 一次: lone 一
    T("4至12周", (4, 12), "week"),                 # one unit for the range
    D("2025年底前", "2025", qualifier="until"),     # 底前 → until
    # 县域: no place
    PH("12393"),
    U("https://ybj.gansu.example.cn"),              # the URL ends before 查询
]
