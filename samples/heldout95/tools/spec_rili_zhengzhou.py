from gold_lib import *

ZZ, JS = "410100", "410105"                         # 郑州市, 金水区
SPEC = [
    R("郑州市", ZZ),                                # 郑州市儿童免疫规划疫苗预防接种日历: a place before a topic
    D("2025年", "2025"),                            # (2025年版)
    R("郑州市金水区", JS, in_org=True),             # 郑州市金水区疾病预防控制中心
    D("2025-03-05", "2025-03-05"),
    T("24小时", 24, "hour"),                        # 出生24小时内: no age flag (set 55 call 3's 出生满28天), 内 not on the list
    # 第1剂 … 第4剂: ordinals; 1剂: 剂 no classifier
    T("1月龄", 1, "month", age=True),               # ages in months (guidelines, set 77)
    T("2月龄", 2, "month", age=True),
    # (IPV), (bOPV): names
    T("3月龄", 3, "month", age=True),
    T("4月龄", 4, "month", age=True),
    T("5月龄", 5, "month", age=True),
    T("6月龄", 6, "month", age=True),
    # A群 / A群C群: names of serogroups
    T("8月龄", 8, "month", age=True),
    T("9月龄", 9, "month", age=True),
    T("18月龄", 18, "month", age=True),
    T("2周岁", 2, "year", age=True),
    T("3周岁", 3, "year", age=True),
    T("4周岁", 4, "year", age=True),
    T("6周岁", 6, "year", age=True),
    # 1. … 6.: list numbers
    C("11种", 11, "kind"),
    C("12种", 12, "kind"),
    # 月(年)龄: no number
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    C("两种", 2, "kind"),
    T("不少于28天", 28, "day", qualifier="min"),
    # 13价: 价 no classifier
    M("698元", 698),                                # 每剂698元: no period
    M("约599元", 599, qualifier="approx"),
    # 五联疫苗 (a pentavalent vaccine's name), 百白破: no numbers; EV71: a number inside a name
    M("188元", 188),
    # 每周二、周四、周六上午8:00-11:30,下午14:30-17:00: weekdays and times
    DR("每月1-5日", "---01", "---05", recurring="monthly"),
    R("金水区", JS),
    C("17家", 17, "institution"),
    D("2024年", "2024"),
    # 约38.6万剂次: 剂 stands between the number and 次 (set 75 call 4)
    P("95%以上", 0.95, qualifier="min"),
    PH("0371-63981275"),
    R("郑州市金水区", JS),                          # address; 经三路68号: a road and a house number
]
