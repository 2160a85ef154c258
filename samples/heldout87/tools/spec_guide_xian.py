from gold_lib import *

XA, SX, YT = "610100", "610000", "610113"           # 西安市, 陕西省, 雁塔区
SPEC = [
    R("西安市", XA),                                # 西安市无偿献血者…指南: a place before a topic (no 《》)
    D("2025年", "2025"),                            # (2025年版): a year with 年
    D("2025-03-12", "2025-03-12"),
    R("陕西省", SX, in_org=True),                   # 来源:陕西省血液中心
    # 一、二、… and 1. 2. … are list numbers
    R("陕西省", SX),                                # 陕西省行政区域内: a place, no body
    # 800毫升以上(含800毫升): 毫升 is no unit of any type
    T("5年", 5, "year"),                            # 自献血之日起5年内: 内 is not a qualifier
    # 按献血量的5倍: a multiple, nothing
    T("5年", 5, "year"),                            # 5年后: like 30日后 → 30日
    # 3倍, 1倍: multiples, nothing; 每个治疗单位 / 400毫升: no count (每个, no number), no unit
    D("2025年", "2025"),                            # 按2025年物价标准
    # 每单位(200毫升): 每 + a classifier is no period; 200毫升 nothing
    M("220元", 220),
    M("190元", 190),
    M("1600元", 1600),                              # 每治疗量1600元: no period
    # A型、B型、O型、AB型: blood types, nothing
    P("100%", 1),                                   # 不超过本次用血费用的100%: 不超过 does not touch
    T("6个月", 6, "month"),                         # 出院之日起6个月内
    D("2024年12月31日前", "2024-12-31", qualifier="until"),
    D("2025年6月30日", "2025-06-30"),               # 截止至2025年6月30日: 截止 before the date is a preposition
    T("90个工作日", 90, "workday"),
    # (一)(二)… list numbers
    C("1份", 1, "piece"),
    C("1份", 1, "piece"),                           # 各1份
    R("陕西", SX, in_org=True),                     # 陕西信合 (a bank)
    R("西安", XA, in_org=True),                     # 西安银行
    R("陕西省", SX, in_org=True),                   # 陕西省血液中心
    R("西安市雁塔区", YT),                          # address chain; 朱雀大街407号 nothing
    # 8:30-17:30: times of day
    R("宝鸡市", "610300", in_org=True),             # 宝鸡市中心血站
    R("咸阳市", "610400", in_org=True),             # 咸阳市中心血站
    C("10家", 10, "institution"),
    C("2.3万人次", 23000, "person"),
    M("约1860万元", 18600000, qualifier="approx"),
    P("12.5%", 0.125),
    PH("029-85356123", city="西安市"),     # 029 is shared by 西安 and 咸阳: the article's city
    PH("12320"),
    U("https://xianxue.example.org.cn/baoxiao"),
    E("xxbx2025@example.com"),
    T("18周岁", 18, "year", age=True),              # 18周岁至60周岁: unit written twice → two mentions (set 1 call 4)
    T("60周岁", 60, "year", age=True),
    D("2025年4月1日起", "2025-04-01", qualifier="from"),
    T("3年", 3, "year"),                            # 有效期3年
]
