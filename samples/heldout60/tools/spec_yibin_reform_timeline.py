from gold_lib import *

YB = "511500"                                        # 宜宾市
SPEC = [
    R("宜宾", YB),                                   # 宜宾医保改革大事记: a topic, plain
    DR("2019—2025年", "2019", "2025"),               # em dash year range
    R("宜宾市", YB, in_org=True),                    # 来源:宜宾市医疗保障局
    D("2025年10月9日", "2025-10-09"),
    D("2019年以来", "2019", qualifier="from"),
    R("宜宾市", YB),                                 # 宜宾市医保改革: a topic
    T("6年", 6, "year"),                             # 6年多历程: 多 after the unit, not between number and unit (call 8)
    # 2019年 (a year heading)
    D("2019年", "2019"),
    D("1月15日", "--01-15"),
    R("宜宾市", YB, in_org=True),                    # 宜宾市医疗保障局挂牌成立
    D("7月1日起", "--07-01", qualifier="from"),
    C("10个", 10, "item"),                           # 10个区县
    D("12月", "--12"),
    C("440万人", 4400000, "person"),                 # 突破 is no qualifier word
    P("97.2%", 0.972),
    D("2020年", "2020"),
    # 春节期间: a holiday, no date (call 2); "绿色通道": 通道 a word, not 通道县
    T("3天", 3, "day"),                              # 3天内: 内 outside
    M("1.2亿元", 120000000),
    # 上半年: a period's name (call 6); 减半: no number
    M("约3.8亿元", 380000000, qualifier="approx"),
    D("10月", "--10"),
    R("翠屏区", "511502"),
    R("叙州区", "511504"),
    D("2021年", "2021"),
    D("3月1日", "--03-01"),
    C("74种", 74, "kind"),
    # 国庆前: a holiday; 前 touches no date (call 2)
    C("36种", 36, "kind"),                           # 由36种扩大到52种: two counts
    C("52种", 52, "kind"),
    # 全年: no date
    C("41.6万人次", 416000, "person"),
    P("35%", 0.35),
    D("2022年", "2022"),
    D("1月1日", "--01-01"),
    P("2%", 0.02),
    # 第二季度: an ordinal
    R("南溪区", "511503"),
    R("江安县", "511523"),
    R("长宁县", "511524"),
    # 年底: no number
    C("5860家", 5860, "institution"),
    D("2023年", "2023"),
    D("5月", "--05"),
    R("宜宾市", YB),
    R("重庆市永川区", "500118"),                     # a chain: one mention
    R("泸州市", "510500"),
    # 川南渝西: 川/渝 one-character abbreviations, no places
    DR("8月20日至9月20日", "--08-20", "--09-20"),
    M("2365万元", 23650000),
    D("2024年", "2024"),
    DR("2024年1—6月", "2024-01", "2024-06"),
    C("96家", 96, "institution"),
    D("11月起", "--11", qualifier="from"),
    M("每年400元", 400, period="year"),              # 每人每年400元
    D("2025年", "2025"),
    # 元旦后: a holiday, no date (call 2); 二级以上: a hospital level
    D("3月", "--03"),                                # 今年3月: 今年 outside (call 1)
    M("800元", 800),
    P("5个百分点", 0.05, points=True),
    D("2025年9月底", "2025-09", qualifier="approx"), # 截至 outside
    M("约96亿元", 9600000000, qualifier="approx"),
    D("2019年", "2019"),                             # 较2019年
    # 近3倍: a multiple, no unit
    R("宜宾市", YB, in_org=True),                    # 宜宾市医保局办公室
    PH("0831-8211638"),
]
