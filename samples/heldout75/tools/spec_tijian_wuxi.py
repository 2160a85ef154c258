from gold_lib import *

WX, LX = "320200", "320213"   # 无锡市, 梁溪区
SPEC = [
    R("无锡市", WX, in_org=True),                # 无锡市第二人民医院健康管理中心 (二人: no count)
    D("2026年度", "2026"),
    D("2025-12-02", "2025-12-02"),               # 发布时间 of the main article: plain; 阅读:3087 a counter
    D("2026年度", "2026"),                       # 市民和企事业单位: 民和 (民和县, 青海) straddles two words, no place
    DR("2026年1月1日至12月31日", "2026-01-01", "2026-12-31"),
    # 每周一至周六上午7:30-10:30: weekdays and times of day; 周日: a weekday
    # table: 套餐A…D are package letters
    T("18-40岁", (18, 40), "year", age=True),    # an age range written with one unit (set 3 call 9)
    C("23项", 23, "item"),
    M("499元", 499),                             # 499元/人: /人 is a classifier, no period; the span stops at 元 (set 9 call 5, set 23: `/项` outside)
    T("40岁以上", 40, "year", age=True, qualifier="min"),
    C("36项", 36, "item"),
    M("1280元", 1280),
    T("25岁以上", 25, "year", age=True, qualifier="min"),
    C("31项", 31, "item"),
    M("1680元", 1680),
    T("50岁以上", 50, "year", age=True, qualifier="min"),
    C("45项", 45, "item"),
    M("3680元", 3680),
    # 1. … 6.: list numbers
    R("无锡市", WX),                             # 无锡市职工医保参保人: a topic
    M("2000元", 2000),                           # 每人每年最多可支付2000元: 可支付 stands between 每年/最多 and the amount
    C("10人以上", 10, "person", qualifier="min"),
    P("九折", 0.9),
    C("50人以上", 50, "person", qualifier="min"),
    P("八五折", 0.85),
    T("3天", 3, "day"),                          # 提前3天
    C("120人", 120, "person"),                   # 每日限检120人: counts have no period
    T("1天", 1, "day"),                          # 体检前1天: the digit 1 is no lone 一 (set 1 call 13); 前 is outside
    # 晚上8点: a time of day (点 is no unit of any type)
    T("8-12小时", (8, 12), "hour"),
    T("3-7天", (3, 7), "day"),                   # 经期后3-7天
    T("7个工作日", 7, "workday"),                # 7个工作日内: 内 is not a qualifier
    R("无锡", WX, in_org=True),                  # “无锡二院”公众号: an abbreviated hospital name and an account
    M("50元", 50),
    T("2个工作日", 2, "workday"),
    T("24小时", 24, "hour"),                     # 24小时内
    P("约为3%左右", 0.03, qualifier="approx"),   # 约为 (before) and 左右 (after) both approx and both touch (set 55 call 2)
    M("1200~1500元", {"min": 1200, "max": 1500}, qualifier="range"),
    P("70%", 0.7),
    PH("0510-68562120"),
    PH("0510-68562121"),
    PH("15961821234"),
    R("无锡市梁溪区", LX),                       # address chain; 中山路68号: 中山 (中山市) is part of a road's name, 68号 a house number;
                                                 # 1号楼4楼: building and floor; 地铁1号线, 2号出口: line and exit numbers; 三阳广场 no place
    U("https://tj.example.cn/wx2y"),             # the href attribute is not text; the link text is
]
