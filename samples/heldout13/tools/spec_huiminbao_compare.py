from gold_lib import *

SH, SZ, GZ, NJ, HZ, CD, BJ, SZN = "310000", "320500", "440100", "320100", "330100", "510100", "110000", "440300"
# Product names: 沪惠保 (沪), 苏惠保 (苏), 穗岁康 (穗), 宁惠保 (宁), 惠蓉保 (蓉) hold one-character
# abbreviations: no places.  西湖益联保: 西湖 is the lake the product is named after, not 杭州's 西湖区
# (a common word that happens to be a short name): no place (call 2).  北京普惠健康保 and 深圳惠民保 hold a
# place in a product's name: in_org (set 2 call 5).  惠民 in 惠民保 (惠民县's short name) and 康保 in
# 健康保 (康保县's) are parts of longer words: no places.  8城, 8款: 城 and 款 are no classifiers, no count.
SPEC = [
    D("2025年度", "2025"),
    M("最低59元", 59, qualifier="min"),
    M("最高320万元", 3200000, qualifier="max"),
    D("2025-02-20", "2025-02-20"),                 # 发布时间 (09:15 a time); 阅读 2.3万: a counter, no unit
    D("2025年度", "2025"),
    # 长三角、珠三角、京津、成渝: groups of abbreviations, no places (set 4 call 13)
    C("8个", 8, "item"),
    C("五个", 5, "item"),                          # 五个维度
    # 表1: a table number
    D("2025年度", "2025"),
    # (保费单位:元/人/年): the unit is in the header, so the 保费 cells 129, 89, 180 … are bare numbers (set 3 call 5)
    R("上海", SH),
    M("320万元", 3200000), M("100万元", 1000000), M("2万元", 20000),
    R("苏州", SZ),
    M("100万元", 1000000), M("100万元", 1000000), M("1.5万元", 15000),
    T("0-100周岁", (0, 100), "year", age=True),
    R("广州", GZ),
    # 不设封顶: no number
    M("10万元", 100000), M("0元", 0),
    R("南京", NJ),
    M("200万元", 2000000), M("100万元", 1000000), M("2万元", 20000),
    T("30天", 30, "day"),
    R("杭州", HZ),
    M("150万元", 1500000), M("100万元", 1000000), M("2万元", 20000),
    R("成都", CD),
    M("100万元", 1000000), M("100万元", 1000000), M("1.8万元", 18000),
    T("0-100周岁", (0, 100), "year", age=True),
    T("30天", 30, "day"),
    R("北京", BJ),
    R("北京", BJ, in_org=True),
    M("150万元", 1500000), M("150万元", 1500000), M("2万元", 20000),
    T("90天", 90, "day"),
    R("深圳", SZN),
    R("深圳", SZN, in_org=True),
    M("80万元", 800000), M("100万元", 1000000), M("1万元", 10000),
    T("30天", 30, "day"),
    # 一、 …: list numbers
    M("每年59元", 59, period="year"),              # 每人每年59元 (set 1 call 2)
    R("北京", BJ, in_org=True),
    M("195元", 195),
    M("约121元", 121, qualifier="approx"),
    M("115元", 115),                               # 由115元上调至129元: two amounts (set 11 call 8)
    M("129元", 129),
    P("12.2%", 0.122),
    P("70%", 0.7),
    P("70%", 0.7),
    P("30%", 0.3),
    R("北京", BJ, in_org=True),
    C("三项", 3, "item"),
    M("300万元", 3000000),                         # 最高可达300万元: 可达 between (set 1 call 14)
    C("126种", 126, "kind"),
    C("85种", 85, "kind"),
    M("0元", 0),
    M("1.8万元", 18000),
    M("1.5万元", 15000),
    M("2万元", 20000),
    R("深圳", SZN, in_org=True),
    T("30天", 30, "day"),
    R("北京", BJ, in_org=True),
    T("90天", 90, "day"),
    T("0-100周岁", (0, 100), "year", age=True),
    T("28天", 28, "day"),                          # 出生满28天: no age flag (set 7 call 3)
    P("30%", 0.3),                                 # 30%-40%: two percents (guidelines)
    P("40%", 0.4),
    T("65周岁以上", 65, "year", age=True, qualifier="min"),
    D("2025年度", "2025"),
    DR("2024年11月15日至2025年1月31日", "2024-11-15", "2025-01-31"),
    R("深圳", SZN, in_org=True),
    D("2025年3月31日", "2025-03-31"),             # 截止 before a date: a preposition (set 9 call 4)
    PH("400-656-5889"),
    PH("95500"),
    U("https://www.example.com/ceping/huiminbao-2025"),
]
