from gold_lib import *

JN, SD = "370100", "370000"                         # 济南市, 山东省
ZQ, LW, PY = "370114", "370116", "370124"           # 章丘区, 莱芜区, 平阴县
SPEC = [
    R("济南市", JN, in_org=True),                   # 济南市医疗保障局
    R("济南市", JN, in_org=True),                   # 济南市卫生健康委员会
    R("济南市", JN, in_org=True),                   # 济南市残疾人联合会
    # 济医保发〔2025〕15号: a document number, nothing
    D("2025年7月1日起", "2025-07-01", qualifier="from"),   # 自 (a preposition) outside
    C("29项", 29, "item"),
    # 一、(一)…: section numbers
    C("29项", 29, "item"),
    C("18项", 18, "item"),
    C("11项", 11, "item"),
    P("10%", 0.1),                                  # 个人先行自付10%后: 后 is a date word, no qualifier of a percent
    # 二级及以上定点医疗机构: a hospital level, nothing (及以上 has no number of ours to qualify)
    R("济南市", JN, in_org=True),                   # 济南市康复医院
    R("山东省", SD, in_org=True),                   # 山东省残疾人康复中心
    P("85%", 0.85),
    P("70%", 0.7),
    C("1次", 1, "time"),                            # 每日限1次: 限 between; periods are a money feature (set 65 call 10)
    T("不超过30天", 30, "day", qualifier="max"),    # 每个疗程: 每个 + noun, nothing
    C("不超过90次", 90, "time", qualifier="max"),   # 每年累计不超过90次
    T("0-6岁", (0, 6), "year", age=True),
    T("6个月", 6, "month"),                         # 脑卒中后6个月内: 内 no qualifier
    C("3个", 3, "item"),                            # 每年限3个疗程: 个 touches the number (like 16个市 → 16个, set 1 call 13)
    # (ADI): a scale's abbreviation
    C("1次", 1, "time"),                            # 每人每年限1次
    T("7周岁以下", 7, "year", age=True, qualifier="max"),
    C("2次", 2, "time"),                            # 每个住院周期限2次
    M("120元", 120),                                # 每次收费标准为120元: 收费标准为 between, no period
    R("章丘区", ZQ),
    R("莱芜区", LW),
    R("平阴县", PY),
    DR("2025年7月1日至2027年6月30日", "2025-07-01", "2027-06-30"),
    PH("0531-66608812"),
    R("济南市", JN, in_org=True),
    D("2025年6月12日", "2025-06-12"),
]
