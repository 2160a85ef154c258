from gold_lib import *

CD, SC = "510100", "510000"                         # 成都市, 四川省
SPEC = [
    R("成都市", CD, in_org=True),                   # (成都市血液中心 2025年更新)
    D("2025年", "2025"),
    T("18—55周岁", (18, 55), "year", age=True),     # one unit after an em dash range: one mention
    # 多次献血者: no number
    T("60周岁", 60, "year", age=True),              # 可延长至60周岁: 延长 (延长县) is a verb here, nothing
    # 男≥50公斤, 女≥45公斤, 120g/L, 115g/L: no unit of any type
    # 一次献多少: a lone 一; 200毫升、300毫升、400毫升: nothing
    C("两次", 2, "time"),                           # 两次献全血间隔
    T("不少于6个月", 6, "month", qualifier="min"),
    C("1至2个", {"min": 1, "max": 2}, "item"),      # 每次1至2个治疗单位: 个 touches, a range of counts
    C("两次", 2, "time"),                           # 两次间隔
    T("不少于2周", 2, "week", qualifier="min"),
    C("不超过24次", 24, "time", qualifier="max"),   # 每年不超过24次: a count has no period
    T("不少于3个月", 3, "month", qualifier="min"),
    T("10-15分钟", (10, 15), "minute"),
    T("4小时", 4, "hour"),                          # 4小时内: 内 not a qualifier
    T("24小时", 24, "hour"),
    # 献血前一天晚上: a lone 一
    T("8小时", 8, "hour"),
    # O型血, O型、A型、B型、AB型: blood types; Rh阴性 nothing
    P("千分之三", 0.003),                           # 约占千分之三: 占 between, no qualifier; a fraction in words like 三分之二
    R("成都市", CD, in_org=True),                   # 成都市血液中心
    C("3100余名", 3100, "person", qualifier="min"),
    R("四川省", SC, in_title=True),                 # 《四川省无偿献血者…减免办法》
    # 800毫升以上, 不足800毫升: nothing; 5倍: a multiple
    M("200元左右", 200, qualifier="approx"),        # 每单位: 每 + a classifier, no period
    DR("2025年1-9月", "2025-01", "2025-09"),
    M("1268.5万元", 12685000),
    C("4.1万人次", 41000, "person"),
    R("成都", CD),                                  # 成都中心城区: a place before an area word, plain; 城区 (a county name of 汕尾) is a common word here
    C("26个", 26, "item"),
    R("武侯区", "510107"),
    R("锦江区", "510104"),
    R("双流区", "510116"),
    # 每日9:00-17:00: times
    R("郫都区", "510117", in_org=True),             # 郫都区献血屋: a facility's name
    # 每周一: a weekday (周一), nothing
    PH("028-85563920"),
    U("https://cdblood.example.com/yuyue"),
]
