from gold_lib import *

JN, GZ, CD, CQ, CC = "370100", "440100", "510100", "500000", "220100"   # 济南, 广州, 成都, 重庆 (municipality), 长春
SY, WL, LS, YC, XN = "210100", "650100", "540100", "640100", "630100"   # 沈阳, 乌鲁木齐, 拉萨, 银川, 西宁
SPEC = [
    D("2025年", "2025"),                            # the card's title
    # ━━━: a rule; 各地: nothing
    C("10个", 10, "item"),                          # 10个城市
    D("2025年度", "2025"),
    D("2024年12月20日", "2024-12-20"),              # 数据更新至2024年12月20日: 至 a preposition here, a single date
    # 【缴费标准 · 城市:金额】: a heading
    R("济南", JN), M("400元", 400),
    R("广州", GZ), M("470元/人/年", 470, period="year"),
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    M("360元", 360),
    R("成都", CD), M("460元", 460), M("350元", 350),     # 一档/二档: tier names, no counts (set 16 call 7)
    R("重庆", CQ), M("380元", 380), M("680元", 680),
    R("长春", CC), M("390元", 390),
    R("沈阳", SY), M("400元", 400),
    R("乌鲁木齐", WL), M("380元/年", 380, period="year"),
    R("拉萨", LS), D("2024年", "2024"), M("350元", 350),   # 待公布: no amount
    R("银川", YC), M("每年380元", 380, period="year"),
    R("西宁", XN), M("380元/人·年", 380, period="year"),  # a middle dot instead of the second slash (call 11)
    # 10城: 城 is no classifier (set 13 call 3)
    M("约406元", 406, qualifier="approx"),
    # 上年: nothing
    M("约20元", 20, qualifier="approx"),
    P("约5.1%", 0.051, qualifier="approx"),
    D("2025年", "2025"),
    M("不低于700元", 700, qualifier="min"),
    M("每年400元", 400, period="year"),
    DR("2024年9月1日至12月31日", "2024-09-01", "2024-12-31"),
    R("广州", GZ),
    DR("2024年10月8日至12月25日", "2024-10-08", "2024-12-25"),
    R("乌鲁木齐", WL),
    DR("2024年10月1日至2025年2月28日", "2024-10-01", "2025-02-28"),
    # 【咨询热线】: a city name or office before each number
    R("济南市", JN, in_org=True),                   # 济南市医疗保障局
    PH("0531-87085126"),
    R("广州", GZ), PH("020-83306688"),              # label 广州: (the city the number serves): plain
    R("成都", CD), PH("028-61886688"),
    R("重庆", CQ), PH("023-67709012"),              # 9:00-17:30: times
    R("长春", CC), PH("0431-88786123"),
    R("沈阳", SY), PH("024-22757755"),
    R("乌鲁木齐", WL), PH("0991-4618520"),
    R("拉萨", LS), PH("0891-6833312"),
    R("银川", YC), PH("0951-5101234"),
    R("西宁", XN), PH("0971-8248065"),
    PH("12393"),                                    # 全国统一医保服务热线: 全国 no place
    # 1. 2. 3.: list numbers
    T("3个月", 3, "month"),                         # 3个月内: 内 is not a qualifier
    # 当月: no day, nothing
    P("100%", 1),
    # 收藏 3,208 · 有用 865: counters, no unit
    E("card-feedback@example.com"),
    PH("12393"),                                    # 12393热线
    # KC-2025-0117: a card ID (2025 inside it is no date)
]
