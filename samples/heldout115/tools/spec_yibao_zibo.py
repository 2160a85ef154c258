from gold_lib import *

ZB = "370300"                                       # 淄博市
SPEC = [
    R("淄博市", ZB, in_org=True),                   # 淄博市医疗保障局 (title line)
    # 淄医保发〔2025〕9号: a document number
    D("2025年4月1日起", "2025-04-01", qualifier="from"),   # 自 is a preposition
    # 50mg/支, 16mg/支, 10万单位/支: strengths (mg, 单位 are no units of any type; 万 without 元 is no money)
    # 乙类: a category
    # table: 50mg, 16mg, 10万单位: strengths
    M("4150元", 4150),                              # 4150元/支: a price per piece, no period (sets' 元/项, 元/部位)
    M("3980元", 3980),
    M("168元", 168),                                # 每支168元: 每 + a classifier is no period
    P("80%", 0.8),
    P("70%", 0.7),
    R("淄川区", "370302"),
    R("博山区", "370304"),
    R("沂源县", "370323"),
    P("5个百分点", 0.05, points=True),
    M("9000元", 9000),                              # 最高支付9000元: 支付 stands between 最高 and the amount
    T("72小时", 72, "hour"),                        # 72小时内: 内 not a qualifier
    T("15个工作日", 15, "workday"),
    D("2024年", "2024"),
    C("1874人次", 1874, "person"),
    M("约1260万元", 12600000, qualifier="approx"),
    M("约936万元", 9360000, qualifier="approx"),
    D("2027年3月31日", "2027-03-31"),               # 有效期至: 至 a preposition (set 1 call 15)
    PH("0533-3186702"),
    D("2025年", "2025"),                            # 附件:2025年淄博市卒中中心名单
    R("淄博市", ZB),                                # a place before a list's topic, not an org
    C("21家", 21, "institution"),                   # 共21家
    R("淄博市", ZB, in_org=True),
    D("2025年3月14日", "2025-03-14"),
]
