from gold_lib import *

YC = "420500"
SPEC = [
    R("宜昌", YC, in_org=True),                      # 宜昌医保名词小词典: a publication's name; (2025版) a bare year
    R("宜昌市", YC, in_org=True),                    # 宜昌市医疗保障局编
    D("2025年2月18日", "2025-02-18"),
    C("12个", 12, "item"),                           # 共12个词条
    # <dt> terms: no numbers
    R("宜昌市", YC),                                 # 宜昌市城乡居民住院起付线: a topic
    M("200元", 200), M("500元", 500), M("800元", 800), M("1200元", 1200),   # 县级/市级/市外医院: levels, no places
    # 一个自然年度: lone 一
    M("40万元", 400000), M("20万元", 200000),      # <em>
    R("夷陵区", "420506", in_org=True),              # 夷陵区人民医院
    M("10000元", 10000), M("500元", 500), P("75%", 0.75),
    # (10000-500): bare numbers in a formula, no unit
    P("75%", 0.75), M("7125元", 7125),
    T("3个月", 3, "month"),
    T("1年", 1, "year"), T("1个月", 1, "month"),  # digit 1, not a lone 一
    T("不超过6个月", 6, "month", qualifier="max"),  # 最长 is not on the shared list; 不超过 touches
    P("2%", 0.02),
    M("每月90元", 90, period="month"),
    R("宜昌", YC),                                   # 宜昌现有38种
    C("38种", 38, "kind"),
    T("2年", 2, "year"),
    R("宜都市", "420581"), R("当阳市", "420582"), R("枝江市", "420583"),
    R("湖北省", "420000"),                           # 到湖北省外就医: the province is named (省外 alone names none)
    P("10个百分点", 0.1, points=True),
    # 二次保障: like 二次报销, nothing
    M("1.5万元", 15000),
    M("1.5万元", 15000), M("10万元", 100000),      # 1.5万元至10万元(含): two units, two mentions
    P("60%", 0.6),
    M("10万元以上", 100000, qualifier="min"),
    P("70%", 0.7),
    P("70%", 0.7), P("90%", 0.9),                    # 70%-90%: two % signs
    M("5万元", 50000),                               # 年度限额: 年度 is no period word
    R("宜昌市", YC),
    D("2023年7月起", "2023-07", qualifier="from"),
    M("每日40元", 40, period="day"), M("每日60元", 60, period="day"),
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),
    DR("2024年9月1日至2025年2月28日", "2024-09-01", "2025-02-28"),
    # “鄂汇办”: 鄂 a one-character abbreviation
    R("宜昌", YC, in_org=True),                      # “宜昌医保”公众号
    PH("0717-6259108"),
    E("yc_ybcd@example.org.cn"),
    U("www.example.org.cn/ycyb"),
]
