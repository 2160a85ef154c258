from gold_lib import *

SX, TY, DT, CZ, JC = "140000", "140100", "140200", "140400", "140500"   # 山西省, 太原市, 大同市, 长治市, 晋城市
SPEC = [
    # 医保观察 | …: a column's name, no place
    T("三年", 3, "year"),                       # 三年行动计划: the plan's length (三 is no lone 一); see README call 1
    R("山西", SX),                              # headline: a place before a topic
    # 来源:医保观察网 作者:王某: nothing
    D("2024-12-26", "2024-12-26"),              # main article's publication date: plain (set 1 call 8); 09:15 a time
    D("2021年11月", "2021-11"),
    # 国家医保局: no place
    T("三年", 3, "year"),                       # 《DRG/DIP支付方式改革三年行动计划》: the same; in_title is for regions only
    DR("2022—2024年", "2022", "2024"),          # U+2014 year range (set 3 call 1)
    D("2024年底", "2024", qualifier="approx"),  # 到2024年底: 到 a preposition outside; 全国: no place
    D("2025年底", "2025", qualifier="approx"),
    T("三年", 3, "year"),                       # 三年过去
    R("山西", SX),
    R("山西省", SX, in_org=True),               # 山西省医疗保障局
    D("2024年11月底", "2024-11", qualifier="approx"),   # 截至 outside
    # 全省: no place
    C("11个", 11, "item"),                      # 11个统筹地区
    P("100%", 1),                               # 覆盖率达到100%: 达到 is no qualifier
    P("92.6%", 0.926),
    P("78.3%", 0.783),
    # 一、…五、: list numbers
    R("太原市", TY),                            # 太原市是全国首批…城市之一: 首批, 之一 nothing
    D("2023年起", "2023", qualifier="from"),
    R("太原市", TY),
    # CHS-DRG 2.0分组方案: a version (set 4 call 3), nothing
    C("628个", 628, "item"),                    # 628个病组
    C("409个", 409, "item"),                    # (ADRG)409个
    R("大同", DT),
    R("长治", CZ),                              # 长治县 is 上党区 today; the short name is the city's
    R("晋城", JC),
    # 等8市: 市 is no classifier (set 1's 四市); 省级: no place
    C("4986个", 4986, "item"),
    C("312个", 312, "item"),
    # 每一分钱: 分 is no unit of the guidelines, 一 a lone determiner: nothing
    R("太原市", TY),                            # 以太原市为例
    # 基准点数, 总点数, 点值: no numbers
    D("2023年度", "2023"),
    R("太原市", TY),                            # 太原市职工医保点值: a place before a topic
    M("0.85元", 0.85),                          # 点值为0.85元: a point value is an amount in yuan (README call 2)
    M("0.78元", 0.78),
    # 比上年: no date
    P("2.3%", 0.023),
    P("1.6%", 0.016),
    # 96.5点: 点 is no classifier and no unit of the guidelines: nothing; 三级医院: a level
    M("约为1.1万元", 11000, qualifier="approx"),
    R("山西", SX, in_org=True),                 # 山西医科大学第一医院: 第一 an ordinal inside the name
    D("2023年", "2023"),
    M("1862.4万元", 18624000),
    P("70%", 0.7),
    R("晋城市", JC, in_org=True),               # 晋城市人民医院
    DR("2024年1—10月", "2024-01", "2024-10"),   # U+2014 month range (set 10 call 8)
    M("436万元", 4360000),                      # 达 is no qualifier
    M("9860元", 9860),
    M("9125元", 9125),
    T("9.2天", 9.2, "day"),
    T("8.1天", 8.1, "day"),
    DR("2022—2024年", "2022", "2024"),
    # 全省: no place
    P("4.8%", 0.048),
    P("7.9%", 0.079),                           # 改革前的7.9%: 前 is no date qualifier here (no date)
    D("2021年", "2021"),
    P("31.5%", 0.315),
    D("2024年", "2024"),
    P("27.2%", 0.272),
    C("1136家", 1136, "institution"),
    P("96.7%", 0.967),
    # 国家医保局: no place
    D("2025年起", "2025", qualifier="from"),
    # DRG 2.0版, DIP 2.0版: versions, nothing
    R("山西省", SX, in_org=True),               # 山西省医保局
    D("2025年6月30日前", "2025-06-30", qualifier="until"),
    P("5%", 0.05),                              # 不超过出院总病例数的5%: 不超过 does not touch (set 1 call 14)
    T("3年", 3, "year"),                        # 最长3年: 最长 is not on the shared list (set 9 call 10)
    PH("12393"),
    R("太原市", TY, in_org=True),               # 太原市医保中心
    PH("0351-4128365"),
    # 相关阅读: the heading of the related block
    Article("related-01"),
    R("长治", CZ),                              # headline 长治:…
    T("三年", 3, "year"),                       # DIP付费三年
    P("8.6%", 0.086),
    R("长治市", CZ, in_org=True),               # 长治市医保局
    D("2022年以来", "2022", qualifier="from"),
    # 全市: no place
    C("38家", 38, "institution"),
    M("1.27亿元", 127000000),
    D("2024-12-20", "2024-12-20", role="pubdate"),   # 医保动态 2024-12-20
    Article("related-02"),
    R("大同", DT),
    # 月预结、年清算: no numbers
    R("大同市", DT),                            # 大同市2024年度居民医保预算点值: a place before a topic
    D("2024年度", "2024"),
    M("0.72元", 0.72),
    P("不超过10%", 0.1, qualifier="max"),       # 上下浮动: 上下 is an after-word of the list, but it follows no number here
    D("2024-12-18", "2024-12-18", role="pubdate"),
]
