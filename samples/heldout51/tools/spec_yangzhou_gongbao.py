from gold_lib import *

YZ, BY, YIZ, GY = "321000", "321023", "321081", "321084"   # 扬州市, 宝应县, 仪征市, 高邮市
SPEC = [
    R("扬州市", YZ),                                # 扬州市2025年…统计公报: a place before a topic (the report's title, no 《》)
    D("2025年", "2025"),
    R("扬州市", YZ, in_org=True),                   # 扬州市医疗保障局
    R("扬州市", YZ, in_org=True),                   # 扬州市统计局
    D("2026年3月18日", "2026-03-18"),
    # 一、二、… 五、: section numbers
    D("2025年末", "2025", qualifier="approx"),
    C("448.6万人", 4486000, "person"),
    P("0.6%", 0.006),                               # 同比增长 (a verb) outside
    P("99%以上", 0.99, qualifier="min"),
    C("182.3万人", 1823000, "person"),
    P("2.1%", 0.021),
    C("266.3万人", 2663000, "person"),
    P("0.4%", 0.004),                               # 同比增长-0.4%: the sign is outside (set 26 call 1), value unsigned
    P("0.3个百分点", 0.003, points=True),
    # 在职与退休人员之比为2.9:1: a ratio, no percent (call 2); 下降0.1: a bare number
    P("百分之九十八点五", 0.985),
    P("1.2个百分点", 0.012, points=True),
    M("186.42亿元", 18642000000),
    P("4.8%", 0.048),
    M("171.05亿元", 17105000000),
    P("7.3%", 0.073),
    P("2.5个百分点", 0.025, points=True),
    M("98.70亿元", 9870000000),
    P("5.6%", 0.056),                               # 同比+5.6%: + outside (call 3)
    M("90.12亿元", 9012000000),
    P("9.1%", 0.091),
    M("54.38亿元", 5438000000),
    P("0.8%", 0.008),                               # 同比−0.8% (U+2212 minus): the sign is outside (call 3)
    M("53.96亿元", 5396000000),
    P("3.2%", 0.032),
    M("212.8亿元", 21280000000),
    T("14.9个月", 14.9, "month"),                   # 可支付月数
    T("0.6个月", 0.6, "month"),
    M("6.21亿元", 621000000),
    M("约为5.9亿元", 590000000, qualifier="approx"),  # 约为 is on the shared list
    # 收支比约1:0.95: a ratio, nothing (call 2); 约 does not make it a mention
    P("86.4%", 0.864),
    P("70.2%", 0.702),
    # 分别比上年提高0.8和1.5个百分点: 0.8 has no unit of its own (和 is no range sign): only 1.5个百分点 (call 6)
    P("1.5个百分点", 0.015, points=True),
    M("1.5万元", 15000),
    P("60%", 0.6),                                  # 60%~80%: every % is its own mention
    P("80%", 0.8),
    C("26.8万人", 268000, "person"),
    M("2860元", 2860),
    # 约为上年的1.1倍: a multiple, nothing (call 4)
    C("4.2万人", 42000, "person"),
    P("不低于70%", 0.7, qualifier="min"),
    C("2416家", 2416, "institution"),
    C("318家", 318, "institution"),
    P("八分之一", 0.125),                           # 约占…的八分之一: 约 does not touch (占 between); a word fraction (guidelines: 三分之二)
    M("1.27亿元", 127000000),
    P("0.12‰", 0.00012),                            # per mille is a percent, value a fraction of 1 (call 1)
    P("千分之0.05", 0.00005),                       # 千分之 + digits, like 百分之0.7 (call 1)
    P("53%", 0.53),
    P("九成以上", 0.9, qualifier="min"),
    # 第十批: an ordinal
    D("2025年2月起", "2025-02", qualifier="from"),
    P("61%", 0.61),
    P("98.6%", 0.986),
    P("37.6个百分点", 0.376, points=True),
    P("95%以上", 0.95, qualifier="min"),
    # 县(市、区): no places
    R("宝应县", BY),
    R("仪征市", YIZ),
    R("高邮市", GY),
    C("3个", 3, "item"),
    # 注:1. 2. 3.: list numbers
    P("0.4%", 0.004),                               # 同比增长-0.4%即下降0.4%: the sign outside (call 3)
    P("0.4%", 0.004),
    PH("0514-87367215"),
]
