from gold_lib import *

SC, CD, MY, YA, WH = "510000", "510100", "510700", "511800", "510107"
SPEC = [
    R("四川", SC),                                  # title: 四川牵头 (the province acts; a place, not an organisation's name)
    P("28.6%", 0.286),
    D("2025-03-14", "2025-03-14"),                  # 08:30: a time
    R("四川省", SC, in_org=True),                   # 来源:四川省医疗保障局
    D("3月13日", "--03-13"),
    R("四川省", SC, in_org=True),
    # 全国: no place
    C("23个", 23, "item"),
    # 第二批: an ordinal
    R("成都", CD),
    C("45个", 45, "item"),
    # 川芎: 川 is a one-character abbreviation inside a herb's name, nothing
    C("168家", 168, "institution"),
    C("132家", 132, "institution"),
    C("336个", 336, "item"),
    P("约78.6%", 0.786, qualifier="approx"),
    D("2024年", "2024"),
    P("28.6%", 0.286),
    P("61%", 0.61),                                 # 最高降幅达61%: 降幅达 between
    M("128元", 128),                                # 每公斤价格由128元: 价格由 between, and 公斤 is a weight, no period
    M("86.5元", 86.5),
    # 每剂10克: a weight, nothing
    M("约0.4元", 0.4, qualifier="approx"),          # 每剂可少花约0.4元: 每剂 does not touch
    D("2025年6月起", "2025-06", qualifier="from"),
    T("2年", 2, "year"),
    M("约9.2亿元", 920000000, qualifier="approx"),  # 每年可节约…约9.2亿元: 每年 does not touch
    R("四川省", SC, in_org=True),
    C("两个", 2, "item"),                           # A、B两个质量层次
    R("四川", SC),                                  # 四川本省企业: a place before a topic
    C("41家", 41, "institution"),
    P("24.4%", 0.244),
    R("成都市", CD),
    R("绵阳市", MY),
    R("雅安市", YA),
    # 超过120万亩: 亩 is an area, not a mention of any type
    # 一斤附子: a weight with lone 一, nothing
    M("一百多块", 100, qualifier="min"),            # 多 between number and unit; no 钱 after it here
    R("成都市武侯区", WH),                          # chain; 一家中医诊所: lone 一, an anonymous clinic (no in_org)
    R("四川省", SC),                                # 四川省首批中药饮片集采: a topic
    D("2023年11月", "2023-11"),
    C("21个", 21, "item"),
    P("22.4%", 0.224),
    D("2024年底", "2024", qualifier="approx"),
    M("5.3亿元", 530000000),
    DR("2025年3月14日至3月20日", "2025-03-14", "2025-03-20"),
    E("jicai@example-scyb.cn"),
    PH("028-86130527"),
]
