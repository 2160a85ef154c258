from gold_lib import *

SC, CD, SL = "510000", "510100", "510116"           # 四川省, 成都市, 双流区
SPEC = [
    R("四川", SC, in_org=True),                     # 四川大学学生会: the account's name
    # 川大: 川 is a one-character abbreviation; 大同 across 川大同学 (川大 + 同学): no place
    D("2025年", "2025"),                            # title: 2025年大学生医保…
    # 原创 权益服务中心: no place
    R("四川", SC, in_org=True),                     # 四川大学学生会 (byline)
    D("2025年11月18日", "2025-11-18"),              # 20:06 is a time
    R("四川", SC),                                  # the post's IP location after the time: plain (set 44's IP属地 四川)
    # 上个月: no number; 第7周到第9周: ordinal weeks (call 2)
    # 望江、江安、华西三个校区: 望江 (安徽's 望江县) and 江安 (宜宾's 江安县) here name 四川大学's campuses in 成都,
    # not those counties: no places (call 1); 华西 is no division
    C("三个", 3, "item"),                           # 三个校区
    C("1,300份", 1300, "piece"),
    C("1,236份", 1236, "piece"),
    C("1,187份", 1187, "piece"),
    P("96.0%", 0.96),
    # 一、二、三、: section numbers
    R("成都市", CD),                                # 成都市居民医保: a programme, plain
    P("62.3%", 0.623),
    R("重庆", "500000"),
    R("贵州遵义", "520300"),
    R("四川南充", "511300"),
    P("29.5%", 0.295),
    P("8.2%", 0.082),
    D("2026年度", "2026"),
    M("每年380元", 380, period="year"),             # 每人每年380元
    D("12月31日", "--12-31"),                       # 截止时间是12月31日: a plain date
    # 近一年: lone 一
    P("47.6%", 0.476),
    M("20元", 20),                                  # 每次看病自付不到20元: 不到 is not a qualifier; 看病自付 between 每次 and the amount
    P("超过六成", 0.6, qualifier="min"),
    P("50%", 0.5),
    P("18.9%", 0.189),                              # 仅有: not a qualifier
    # 江安校区: a campus, no place (call 1); 晚上10点: a time of day
    R("双流区", SL),                                # 双流区的医院: a generic description, plain
    # 华西医院: 华西 no division
    M("2,860元", 2860),
    M("1,900多元", 1900, qualifier="min"),          # 多 between the number and its unit
    # (多选); ①②③④ (1 2 3 4 after NFKC): list markers
    P("71.4%", 0.714),
    P("54.0%", 0.54),
    P("38.6%", 0.386),
    # 1. 2. 3.: list numbers
    P("70%", 0.7),
    P("50%", 0.5),
    M("500元", 500),                                # 每人每年门诊限额500元: 门诊限额 between
    # 一级医院, 三级医院: levels
    M("100元", 100),
    M("600元", 600),
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    R("四川", SC, in_org=True),                     # "四川医保"APP
    # 望江校区第一教学楼: campus (call 1) and an ordinal; 研究生院; 江安校区西园8舍: a dorm block
    PH("028-85406120"),                             # (望江): a campus label, no place
    PH("028-85996120"),                             # (江安): idem
    E("quanyi@scu.example.edu.cn"),
    # 2023级: a cohort, nothing
    T("五年", 5, "year"),                           # 临床医学五年制: the length of the programme (call 4)
    # 2班, 1班: class names; 2024级: a cohort
    C("12人", 12, "person"),
    # 阅读 8,652 点赞 312 在看 87: counters with no classifier
]
