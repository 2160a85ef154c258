from gold_lib import *

DL = "210200"                                       # 大连市
SPEC = [
    R("大连市", DL),                                # 大连市孕产妇保健手册(…)节选: a place before a handbook's title, not in 《》 (call 4)
    D("2025年", "2025"),                            # (2025年版)
    R("大连市", DL, in_org=True),                   # 大连市卫生健康委员会 编印
    # 第三部分, 一、…五、: section numbers
    T("12周", 12, "week"),                          # 孕12周前: 孕 and 前 outside (sets 12 and 97, call 4)
    R("大连市", DL, in_title=True),                 # 《大连市母子健康手册》
    R("金州区", "210213"),
    R("庄河市", "210283"),
    C("不少于9次", 9, "time", qualifier="min"),
    T("6-13周", (6, 13), "week"),                   # 孕6-13周
    # 第1次…第4次: ordinals
    C("13项", 13, "item"),
    T("14-19周", (14, 19), "week"),
    # DNA: nothing
    T("20-24周", (20, 24), "week"),
    T("24-28周", (24, 28), "week"),
    # 75克: grams, no mention of any type; (OGTT)
    T("8-10小时", (8, 10), "hour"),
    T("28-36周", (28, 36), "week"),
    T("2周", 2, "week"),                            # 每2周检查1次
    C("1次", 1, "time"),                            # digit 1 is no lone 一 (set 1 call 13)
    T("37周", 37, "week"),                          # 孕37周以后: 以后 is a date word, not on the shared list
    C("1次", 1, "time"),                            # 每周检查1次: 每周 has no number
    T("12周", 12, "week"),                          # “12周”“28周”指孕周: quoted, still durations
    T("28周", 28, "week"),
    # 第12周: ordinal
    T("37周", 37, "week"),                          # 孕周满37周不满42周: two durations (set 3)
    T("42周", 42, "week"),
    R("大连市", DL),                                # 大连市职工生育保险: a programme, plain
    M("2000元", 2000),                              # 每人2000元: no period
    P("60%", 0.6),
    M("800元", 800),                                # 孕期最高支付800元: 支付 between
    M("3000元", 3000),
    M("5000元", 5000),
    T("42天", 42, "day"),                           # 产后42天健康检查 (heading)
    T("3-7天", (3, 7), "day"),
    T("28天", 28, "day"),                           # 第1次/第2次产后访视: ordinals
    T("42天", 42, "day"),
    T("6个月", 6, "month"),                         # 产后6个月内
    # “两癌”: no count
    T("6月龄", 6, "month", age=True),
    T("2岁", 2, "year", age=True),                  # 持续至2岁: the child's age
    T("12小时", 12, "hour"),
    C("10次", 10, "time"),                          # 少于10次: 少于 is not on the shared list
    PH("120"),
    R("大连市", DL, in_org=True),                   # 大连市妇幼保健院
    PH("0411-84672295"),
    PH("139 4087 2156"),
]
