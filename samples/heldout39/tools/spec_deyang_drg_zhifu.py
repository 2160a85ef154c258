from gold_lib import *

SC, DY = "510000", "510600"
SPEC = [
    R("德阳市", DY, in_org=True),                    # 德阳市医疗保障局关于… (title line, no 《》)
    D("2025年度", "2025"),
    # 德医保发〔2025〕9号: document number; 各县(市、区): no place
    R("四川省", SC, in_title=True, in_org=True),     # 《四川省医疗保障局关于…》 (set 1 call 6)
    D("2025年度", "2025"),
    D("2025年度", "2025"),                           # 一、基础费率: 2025年度全市…
    M("10850元", 10850), M("8620元", 8620), M("6930元", 6930),   # 三级/二级/一级及以下医院: levels, no mentions
    D("2024年度", "2024"),
    M("10520元", 10520),
    P("3.1%", 0.031),
    # 病组支付标准=病组权重×基础费率: no numbers
    # CHS-DRG 2.0版: a version (set 4 call 3)
    C("628个", 628, "item"), C("401个", 401, "item"), C("593个", 593, "item"),
    P("1.8%", 0.018),
    # (CMI)为0.9816: an index, no unit (set 35 call 1)
    # table: 病组编码 GB19 … (codes: digits glued to letters, nothing); 权重 cells (3.1268 …) have no unit: nothing;
    # the three price cells carry 元 each: money (set 22 call 4: a unit in every cell)
    M("33926元", 33926), M("26953元", 26953), M("21669元", 21669),
    M("26601元", 26601), M("21134元", 21134), M("16990元", 16990),
    M("21518元", 21518), M("17095元", 17095), M("13744元", 13744),
    M("9509元", 9509), M("7555元", 7555), M("6073元", 6073),
    M("12036元", 12036), M("9562元", 9562), M("7687元", 7687),
    M("5659元", 5659), M("4496元", 4496), M("3615元", 3615),
    M("7455元", 7455), M("5923元", 5923), M("4762元", 4762),
    M("10228元", 10228), M("8126元", 8126), M("6533元", 6533),
    C("628个", 628, "item"),                         # (全部628个病组…见附件1): 附件1 a cross reference
    # 四、(一): list numbers; 3倍: a multiple (set 4 call 3)
    P("90%", 0.9),
    P("40%", 0.4),                                   # 低于该病组支付标准40%: 低于 is not on the list
    T("超过60天", 60, "day", qualifier="min"),
    M("每床日180元", 180, period="day"),             # guidelines: 每床日60元 -> day
    P("80%", 0.8), P("100%", 1),                     # 80%至100%: every % its own mention
    C("1次", 1, "time"),                             # 每年申报1次: 每年 is no period of a count (set 7)
    P("5%", 0.05),                                   # 不超过全市…的5%: 不超过 does not touch (set 1 call 14)
    P("50%", 0.5),
    # CMI值: no number
    P("不超过2%", 0.02, qualifier="max"),
    DR("2025年1月1日至2025年12月31日", "2025-01-01", "2025-12-31"),
    R("旌阳区", "510603", in_org=True), R("罗江区", "510604", in_org=True), R("广汉市", "510681", in_org=True),
    R("什邡市", "510682", in_org=True), R("绵竹市", "510683", in_org=True), R("中江县", "510623", in_org=True),
                                                     # all six before one shared office word 医疗保障局 (set 2 call 4)
    D("2025年2月28日前", "2025-02-28", qualifier="until"),
    # 附件:1.德阳市…: list number 1. before the place (set 35 call 11)
    R("德阳市", DY),                                 # attachment title without 《》: a topic, plain (set 4 call 10)
    D("2025年度", "2025"),
    # (628组): 组 is no classifier: nothing
    PH("0838-2512306"),
    # 市医保事务中心: no place
    R("德阳市", DY, in_org=True),
    D("2025年1月16日", "2025-01-16"),
]
