from gold_lib import *

CZ = "140400"                                    # 长治市
SPEC = [
    R("长治市", CZ, in_org=True),                # 长治市职业病防治院 (title)
    D("2025年度", "2025"),
    D("2025-01-08", "2025-01-08"),                # 发布日期 of the main article: a plain date
    R("长治市", CZ, in_org=True),                # 来源:长治市职业病防治院; 点击:2108 a counter
    # 《中华人民共和国职业病防治法》: the state's name, no division (共和 inside it is no place)
    # (GBZ 188-2014): a standard's number, nothing
    D("2025年度", "2025"),
    # 一、 二、 三、 and 1. 2. 3.: section and list numbers
    T("2年", 2, "year"),                          # 每2年1次: the interval (set 89 call 15)
    C("1次", 1, "time"),
    C("1次", 1, "time"),                          # 每年1次: a count, no period
    T("1-3年", (1, 3), "year"),                   # 每1-3年检查1次: a range of intervals
    C("1次", 1, "time"),
    # 85dB(A)及以上: decibels are no unit of ours
    C("1次", 1, "time"),
    T("90日", 90, "day"),                         # 离岗前90日内 (内 is no qualifier)
    T("5年", 5, "year"),                          # 接尘工龄满5年 (满 is no qualifier)
    # 接尘工龄的一半: no number
    T("不超过10年", 10, "year", qualifier="max"), # 最长不超过10年: 最长 is off the list
    M("280元", 280),                              # 280元/人: 人 is a classifier, no period (set 9 call 5)
    M("160元", 160),
    M("220元", 220),
    M("120元", 120),
    # 一次性组织: lone 一
    C("200人以上", 200, "person", qualifier="min"),
    P("九折", 0.9),
    C("500人以上", 500, "person", qualifier="min"),
    # 从劳动者工资中扣除: 资中 straddles two words, no place
    P("八五折", 0.85),
    T("7个工作日", 7, "workday"),
    T("15个工作日", 15, "workday"),
    T("5日", 5, "day"),
    D("2024年", "2024"),
    R("襄垣县", "140423"),                        # 襄垣县、屯留区等地386家企业: places before a counted group, plain
    R("屯留区", "140405"),
    C("386家", 386, "institution"),
    C("4.21万名", 42100, "person"),
    C("57例", 57, "case"),
    C("312例", 312, "case"),
    P("0.74%", 0.0074),
    PH("0355-2035816"),
    PH("0355-2035827"),
    PH("0355-2035800"),                           # 传真: a fax is a fixed line (earlier set's call)
    R("长治市潞州区", "140403"),                  # address: the chain; 英雄南路278号 and 邮编046000 nothing
    U("https://www.example.com/czzfy/yuyue"),     # the link text; the href attribute is no text
    R("长治市", CZ, in_org=True),                # signature
    D("2025年1月6日", "2025-01-06"),
]
