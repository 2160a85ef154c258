from gold_lib import *

CD, WH = "510100", "510107"                   # 成都市, 武侯区
SPEC = [
    R("成都市武侯区", WH, in_org=True),             # 成都市武侯区教育局
    R("成都市武侯区", WH, in_org=True),             # 成都市武侯区卫生健康局
    D("2025年", "2025"),                            # 关于做好2025年托幼机构…的通知
    # 武侯教〔2025〕36号: a document number (武侯 inside it too), nothing
    R("成都市", CD, in_org=True),                   # 成都市疾控中心
    DR("2025年4月至7月", "2025-04", "2025-07"),
    T("5岁以下", 5, "year", age=True, qualifier="max"),
    T("3-6岁", (3, 6), "year", age=True),
    P("七成以上", 0.7, qualifier="min"),
    # 今年第16周以来: an ordinal week, nothing (以来 touches an ordinal, no date)
    P("18.6%", 0.186),
    # 聚集性疫情3起: 起 is no classifier of the guidelines, nothing (call 5); 一、…五、: section numbers
    C("2次", 2, "time"),                            # 每日开展2次: 每日 is a period word for money only
    T("2-10天", (2, 10), "day"),
    T("3~5天", (3, 5), "day"),
    T("1周", 1, "week"),                            # 1周内: 内 is not a qualifier
    C("2例及以上", 2, "case", qualifier="min"),
    T("10天", 10, "day"),
    C("10例以上", 10, "case", qualifier="min"),
    C("3个", 3, "item"),                            # 3个班级 (like 16个市 → 16个, set 1 call 13)
    T("1周", 1, "week"),                            # 症状消失后1周
    # 病例1: a case label, nothing (call 2)
    R("武侯区", WH),                                # 武侯区某幼儿园: 某 names no body, plain
    T("4岁", 4, "year", age=True),
    T("14天", 14, "day"),
    # 500mg/L: a concentration, no mention; 75%酒精: a strength in a product's name, no percent (guidelines)
    # 武侯祠横街, 浆洗街: streets (武侯 in 武侯祠 is part of a temple's and a street's name), no places
    P("50%", 0.5),
    P("不低于70%", 0.7, qualifier="min"),
    T("6月龄", 6, "month", age=True),               # an age in months: 6 month, age (call 8, settled after the first run)
    T("5岁", 5, "year", age=True),                  # 6月龄至5岁: two units, no range (call 8)
    # EV71: a virus's name; 接种2剂: 剂 is no classifier (set 75 call 4)
    M("约198元", 198, qualifier="approx"),          # 每剂次约198元: 每 + a classifier is no period
    # 每周五16:00前: a weekday and a time, nothing
    T("2小时", 2, "hour"),                          # 2小时内
    D("2025年5月10日前", "2025-05-10", qualifier="until"),
    PH("028-85012345"),
    E("wuhoujy_ws@example.com"),
    R("成都市武侯区", WH, in_org=True),             # signature
    R("成都市武侯区", WH, in_org=True),
    D("2025年4月22日", "2025-04-22"),
]
