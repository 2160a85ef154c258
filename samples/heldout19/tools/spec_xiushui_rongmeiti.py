from gold_lib import *

XS, JJ = "360424", "360400"                          # 修水县 (九江市, 江西), 九江市
SPEC = [
    R("修水县", XS, in_org=True),                   # 修水县融媒体中心 | 修水新闻网: the broadcaster's and the site's names
    R("修水", XS, in_org=True),                     # 修水新闻网 (a news site: set 1 call 7)
    # 首页 > 本地新闻 > 民生: breadcrumb, nothing
    P("75.6%", 0.756),                              # headline; 我县: no place
    R("修水县", XS, in_org=True),                   # 来源:修水县融媒体中心
    D("2025-03-12", "2025-03-12"),                  # 10:26 is a time; 阅读:1352 a counter
    # 本台讯, 县卫健委: no place
    D("2025年2月底", "2025-02", qualifier="approx"),   # 截至2025年2月底: 截至 is a preposition outside
    C("412个", 412, "item"),
    C("33.8万人", 338000, "person"),
    P("42.3%", 0.423),
    C("17.6万人", 176000, "person"),
    P("75.6%", 0.756),
    P("3.2个百分点", 0.032, points=True),
    # the table, flattened with | separators; the header 签约人数(人) carries the unit, so the bare cells
    # 28614, 2107, 81356, 46218, 13904, 3815 and the total 17.6万 are no counts (set 3 call 5, set 16 call 7)
    R("修水县", XS),                                # 修水县2024年度…统计表: a topic
    D("2024年度", "2024"),                          # 2024年度
    T("0—6岁", (0, 6), "year", age=True),           # 0—6岁儿童: an age range with one unit, U+2014 as the range mark
    P("81.2%", 0.812),
    C("6.3万次", 63000, "time"),
    P("90.5%", 0.905),
    C("8420次", 8420, "time"),
    T("65岁及以上", 65, "year", age=True, qualifier="min"),   # 及以上 is on the shared list
    P("78.4%", 0.784),
    C("21.4万次", 214000, "time"),
    P("76.9%", 0.769),
    C("18.5万次", 185000, "time"),
    # 2型糖尿病: a disease type, no mention
    P("74.1%", 0.741),
    C("5.6万次", 56000, "time"),
    P("85.7%", 0.857),
    C("2.3万次", 23000, "time"),
    P("75.6%", 0.756),
    C("54.9万次", 549000, "time"),
    # 义宁镇, 渣津镇, 马坳镇, 黄沙镇, 大椿乡: townships, no places; 位居前三: no classifier
    P("58.6%", 0.586),
    P("55.2%", 0.552),
    P("53.9%", 0.539),
    C("1.2万人", 12000, "person"),
    # 今年起: 今年 is no date
    M("每年120元", 120, period="year"),             # 每人每年120元: 每人 is no period word (set 1 call 2)
    M("70元", 70),
    M("40元", 40),
    M("10元", 10),
    T("65岁及以上", 65, "year", age=True, qualifier="min"),
    C("1次", 1, "time"),                            # 每年可享受1次: 每年 is no period of a count; digit 1 is not a lone 一
    T("0—6岁", (0, 6), "year", age=True),
    C("13次", 13, "time"),
    P("5个百分点", 0.05, points=True),
    R("九江市", JJ),                                # 转诊到九江市及省级医院
    # “两慢病”: no count
    D("2025年底", "2025", qualifier="approx"),
    P("80%以上", 0.8, qualifier="min"),
    PH("0792-7221586"),                             # 修水 dials 九江's 0792
    # 所在乡镇卫生院: no place
]
