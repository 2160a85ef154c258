from gold_lib import *

NB, ZJ = "330200", "330000"                         # 宁波市, 浙江省
SPEC = [
    R("宁波市", NB, in_org=True),                   # 宁波市妇女儿童医院 | …: the account's name (a hospital)
    C("10个", 10, "item"),                          # 10个问题; 一次说清: a lone 一
    R("宁波市", NB, in_org=True),                   # 原创 宁波市妇女儿童医院 (the author line)
    D("2025年03月05日", "2025-03-05"),              # 17:30 a time
    R("浙江", ZJ),                                  # the account page's location tag (set 2 call 5)
    C("10个", 10, "item"),                          # 10个常见问题
    # Q1…Q10: question numbers (list numbers), nothing
    T("12周", 12, "week"),                          # 孕12周前: the week of pregnancy is a duration; 孕 outside; 前 is a
                                                    # date word, not on the shared list; no age flag (README call 4)
    T("35周岁以上", 35, "year", age=True, qualifier="min"),
    # 几次: no number
    T("6-13周", (6, 13), "week"),                   # 孕6-13周: one range with one unit
    # 首次: an ordinal
    T("14-27周", (14, 27), "week"),
    T("4周", 4, "week"),                            # 每4周一次: 每 outside (periods are for money, set 3 call 4); 一次: lone 一
    T("28-35周", (28, 35), "week"),
    T("2周", 2, "week"),
    T("36周", 36, "week"),                          # 孕36周以后: 以后 is a date word, not on the shared list
    # 每周一次: no number
    C("约13次", 13, "time", qualifier="approx"),    # 整个孕期约13次 (产检 visits)
    # 增加次数: no number
    T("11-13周", (11, 13), "week"),                 # NT检查 (NT: nothing)
    T("24-28周", (24, 28), "week"),                 # 糖耐量检查(OGTT)
    T("8-10小时", (8, 10), "hour"),                 # 空腹8-10小时
    T("28周", 28, "week"),                          # 孕28周后 (like 30日后 → 30日)
    T("1小时", 1, "hour"),                          # 每次1小时: digit 1 is no lone 一 (set 1 call 13); 每次 outside
    R("宁波市", NB),                                # 在宁波市定点医疗机构: a description (set 3 call 13)
    M("1800元", 1800),                              # 每人1800元: 每人 is no period
    M("每次不超过80元", 80, period="time", qualifier="max"),   # period and qualifier together (set 1 call 3)
    P("70%", 0.7),
    C("13次", 13, "time"),                          # 最多报销13次: 最多 does not touch (报销 between)
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    R("宁波市", NB),                                # 宁波市住院分娩医疗费用: a place before a topic
    M("2400元", 2400),
    M("3800元", 3800),
    P("75%", 0.75),
    # 上年度: no date
    T("158天", 158, "day"),                         # 产假为158天
    T("15天", 15, "day"),
    C("1个", 1, "item"),                            # 每多生育1个婴儿
    T("15天", 15, "day"),
    T("42天", 42, "day"),                           # 产后42天
    R("浙江省", ZJ),                                # 在浙江省外: 省外 is not part of it
    T("6个月", 6, "month"),                         # 出院后6个月内: 内 outside
    T("1年", 1, "year"),                            # 分娩后1年内
    # “浙里办”APP: 浙 is a one-character abbreviation
    R("宁波", NB, in_org=True),                     # “宁波医保”微信公众号 (an account)
    T("15个工作日", 15, "workday"),
    PH("0574-87089123"),                            # (工作日8:00-17:00): 工作日 without a number; times
    PH("12345"),                                    # 政务服务便民热线:12345
    R("宁波市", NB, in_org=True),                   # 宁波市妇女儿童医院医保办
    R("宁波市", NB, in_org=True),                   # 宁波市医疗保障局
    # 阅读 3562: a counter
]
