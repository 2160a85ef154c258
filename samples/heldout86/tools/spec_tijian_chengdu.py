from gold_lib import *

CD, WH = "510100", "510107"                         # 成都市, 成都市武侯区
SPEC = [
    R("成都市武侯区", WH),                          # title: the district's programme, plain
    D("2026年", "2026"),
    T("65周岁以上", 65, "year", age=True, qualifier="min"),
    D("2026-03-02", "2026-03-02"),
    R("武侯区", WH),
    T("65周岁及以上", 65, "year", age=True, qualifier="min"),
    C("1次", 1, "time"),
    D("1961年12月31日以前", "1961-12-31", qualifier="until"),
    R("武侯区", WH),
    T("半年以上", 0.5, "year", qualifier="min"),
    C("11项", 11, "item"),
    # 一般体格检查: 一般 is a word
    C("3项", 3, "item"),
    C("2项", 2, "item"),
    C("4项", 4, "item"),
    # B超: nothing
    T("75岁以上", 75, "year", age=True, qualifier="min"),
    # 1. 2. 3.: list numbers
    # 玉林社区卫生服务中心: 玉林 is a 社区 of 成都 here, not 玉林市 (广西): nothing (like a street)
    R("武侯区", WH),                                # address 武侯区玉林北路18号2楼: the road (玉林北路), number and floor are nothing
    DR("2026年3月16日至4月30日", "2026-03-16", "2026-04-30"),
    # 每周一至周五 8:00-11:30: weekdays and times of day, nothing
    # 红牌楼, 簇桥: neighbourhoods, no places of the gazetteer
    DR("2026年4月7日-5月29日", "2026-04-07", "2026-05-29"),
    DR("每月10日至20日", "---10", "---20", recurring="monthly"),
    # 前一天 (lone 一), 晚上10点: a time of day, nothing
    T("8-12小时", (8, 12), "hour"),
    C("20人", 20, "person"),                        # 每天限额20人: 限额 between; a count takes no period
    T("约15个工作日", 15, "workday", qualifier="approx"),   # 约15个工作日后 (后 after a duration: as 30日后)
    R("四川", "510000", in_org=True),               # 四川大学华西医院
    R("成都市", CD, in_org=True),                   # 成都市第三人民医院 (第三: an ordinal in the name; 三人 across 第三人民 is no count)
    T("65岁以上", 65, "year", age=True, qualifier="min"),
    M("每年120元", 120, period="year"),             # 每人每年120元 → 每年120元
    P("70%", 0.7),
    D("2025年", "2025"),
    C("5.6万人", 56000, "person"),
    P("72.5%", 0.725),
    P("3个百分点", 0.03, points=True),
    PH("028-85561234"),                             # (玉林): the centre's short name, nothing
    PH("028-87012345"),
    R("成都市武侯区", WH, in_org=True),             # 成都市武侯区卫生健康局
]
