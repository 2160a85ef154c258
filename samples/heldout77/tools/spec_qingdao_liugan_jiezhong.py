from gold_lib import *

QD = "370200"                                 # 青岛市
SN, LS, HD = "370202", "370212", "370211"     # 市南区, 崂山区, 黄岛区
SPEC = [
    R("青岛", QD),                                  # headline: the place the news is about
    DR("2025—2026年度", "2025", "2026"),            # a year range with an em dash (set 16's 2019—2024年)
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    R("青岛", QD, in_org=True),                     # 来源:青岛新闻网 (a news site, set 1 call 7)
    D("2025-10-16", "2025-10-16"),                  # 09:12: a time
    R("青岛市", QD, in_org=True),                   # 青岛市卫生健康委员会
    D("2025年10月15日起", "2025-10-15", qualifier="from"),
    C("316家", 316, "institution"),
    R("市南区", SN),
    R("崂山区", LS),
    R("黄岛区", HD),                                # 区(市): no place; 延长服务时间: 延长 a verb (延长县 is in 陕西);
                                                    # 20:00: a time
    T("60岁及以上", 60, "year", age=True, qualifier="min"),
    # 市财政和医保基金: 政和 (政和县, 福建) straddles 财政 and 和, no place
    # 1剂, 2剂: 剂 is no classifier (set 75 call 4); 三价/四价: valences, nothing
    M("68元", 68),                                  # 每剂次68元: 每 + a classifier is no period (set 75 call 4)
    M("128元", 128),
    T("3岁以上", 3, "year", age=True, qualifier="min"),
    T("6月龄", 6, "month", age=True),               # call 8 (settled after the first run: age)
    T("8岁", 8, "year", age=True),                  # 6月龄至8岁: two units, no range (call 8)
    T("4周以上", 4, "week", qualifier="min"),
    T("30分钟", 30, "minute"),
    T("2周左右", 2, "week", qualifier="approx"),
    T("6-8个月", (6, 8), "month"),
    P("4.8%", 0.048),                             # 百分比为4.8%: 百分比 is a word with no number
    P("0.9个百分点", 0.009, points=True),
    P("12.6%", 0.126),
    D("11月10日", "--11-10"),                       # 截至 is a preposition
    # 42.6万剂次: 剂 stands between the number and 次, nothing (set 75 call 4)
    P("38.5%", 0.385),
    P("5.2个百分点", 0.052, points=True),
    R("市南区", SN),                                # 市南区即墨路: 即墨 in the road's name is no place (即墨区)
    # 一家接种点: lone 一
    C("约300人", 300, "person", qualifier="approx"),
    T("近1小时", 1, "hour", qualifier="approx"),     # 近 "nearly" (set 9 call 10)
    DR("2024—2025年度", "2024", "2025"),
    C("18.3万名", 183000, "person"),
    M("1,650万元", 16500000),
    R("崂山区", LS),                                # 今年起: no number
    R("黄岛区", HD),
    M("每年30元", 30, period="year"),               # 每人每年30元 (set 1 call 2)
    R("青岛", QD, in_org=True),                     # “健康青岛”微信公众号: an account's name
    PH("0532-85912345"),
    PH("12345"),
    U("http://wjw.qingdao.example.gov.cn"),
]
