from gold_lib import *

YC = "420500"                                       # 宜昌市
SPEC = [
    R("宜昌市", YC, in_org=True),                   # title: 宜昌市医疗保障局
    R("宜昌市", YC, in_org=True),                   # 宜昌市卫生健康委员会
    # 宜医保发〔2025〕14号: a document number (宜: one character, nothing)
    # 各县市区: no place; 医疗资源: 资源 is a word, not 资源县 (广西)
    D("2025年7月1日起", "2025-07-01", qualifier="from"),   # 决定自…起
    # 一、 (一) …: section numbers
    C("48个", 48, "item"),                          # 病种共48个
    C("9类", 9, "kind"),
    # ICD-9-CM3, 13.41, 53.02: a classification's name and procedure codes, nothing (call 3); 附件1: an attachment number
    C("不超过80个", 80, "item", qualifier="max"),
    T("24小时", 24, "hour"),                        # 在24小时内 (内 is not a qualifier)
    T("不超过48小时", 48, "hour", qualifier="max"), # 最长 is not on the list; 不超过 touches
    # 二级及以上 / 三级医院 / 二级医院: hospital levels, nothing
    M("800元", 800), M("400元", 400),
    M("500元", 500), M("250元", 250),
    M("1000元", 1000), M("500元", 500),
    P("85%", 0.85), P("90%", 0.9), P("60%", 0.6), P("70%", 0.7),   # 报销 rates
    T("7天", 7, "day"),                             # 术前7天内
    D("2025年6月20日前", "2025-06-20", qualifier="until"),
    # 每季度: a period word with no number, nothing
    T("30日", 30, "day"),                           # 术后30日内
    P("超过2%", 0.02, qualifier="min"),             # 超过 is on the shared list (min)
    T("3个月", 3, "month"),
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    D("2027年6月30日", "2027-06-30"),               # 有效期至…: 至 a preposition, a date (set 1 call 15)
    PH("0717-6223185"),
    E("yiyao@example.gov.cn"),
    PH("12393"),
    # 附件:1. and 2.: list numbers
    R("宜昌市", YC),                                # 宜昌市日间手术病种目录: a place before a topic (no 《》)
    # (第一批): an ordinal
    R("宜昌市", YC, in_org=True),                   # signature
    R("宜昌市", YC, in_org=True),
    D("2025年6月3日", "2025-06-03"),
]
