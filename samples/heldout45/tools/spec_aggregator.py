from gold_lib import *

# pages/aggregator.jsonl: three records of a Hong Kong/Macau aggregator (港澳资讯汇, invented), text
# fields in HK Traditional (s2hk), the third an `html` record; one gold file per record id.
GD, DG, HZ, HK, MO, ZS, ZH, XZ = ("440000", "441900", "441300", "810000", "820000", "442000", "440400",
                                  "440402")
DOCS = {
    "heldout45-agg-1": [
        # 港澳资讯汇: no place; 逾40万港澳台居民: 居民 is no classifier (and 逾 is off the list): nothing
        R("广东省", GD),
        P("约六成", 0.6, qualifier="approx"),       # 广东省占约六成
        # 国家医保局: no place
        D("2024年底", "2024", qualifier="approx"),
        C("超过40万人", 400000, "person", qualifier="min"),
        D("2023年", "2023"),
        C("约5.8万人", 58000, "person", qualifier="approx"),
        R("广东省", GD),
        P("六成", 0.6),                             # 约占六成: 占 between 约 and 六成: no qualifier
        R("东莞", DG),
        R("惠州", HZ),
        # 两市: 市 is no classifier
        P("超过20%", 0.2, qualifier="min"),
        R("东莞", DG),
        D("2025年", "2025"),
        M("每年430元", 430, period="year"),         # 每人每年430元
        M("1港元", 1, currency="HKD"),              # 按1港元约兑0.92元人民币: an exchange rate, two amounts
        M("0.92元", 0.92),                          # 约兑: 兑 between 约 and the amount: no qualifier; 人民币 after the unit, outside
        M("467港元", 467, currency="HKD"),          # 约合467港元: 约合 is not on the list and 约 does not touch (call 10)
        R("香港", HK),                              # 香港一份基本的个人住院保险: 一份 lone 一
        M("3,000至5,000港元", (3000, 5000), currency="HKD"),   # one unit: one range (call 4)
        R("惠州", HZ),
        # 港人: nothing; 每年在内地看病: 每年 + no amount
        P("约三分之二", 0.6666666666666666, qualifier="approx"),
        # 另一位: 一位 lone 一
        R("东莞", DG),
        T("10天", 10, "day"),                       # 住院10天
        M("2,000元", 2000),                         # 不足2,000元: 不足 is not on the list
        m("phone", "+852 6123 4567", "+85261234567", kind="mobile"),   # a Hong Kong mobile (6xxx xxxx), no area_code
        # WhatsApp, 内地: nothing
        PH("139 2233 4455"),
        D("2025-04-12", "2025-04-12"),              # the item's own date line (one record, no related block): plain; 10:35 a time
        # 阅读 2.1万: a counter
    ],
    "heldout45-agg-2": [
        R("澳门", MO),                              # section label 澳门|
        R("中山", ZS),                              # 中山三乡: 三乡 is a town, no unit
        R("澳门", MO),                              # 澳门居民医保服务专窗: a place before people/a service window, plain
        R("中山市", ZS, in_org=True),               # 中山市医疗保障局
        # 三乡镇: a town
        R("澳门", MO),
        R("中山", ZS),
        R("澳门", MO),
        DR("2025年1月至3月", "2025-01", "2025-03"),
        C("1,860件", 1860, "item"),
        P("约七成", 0.7, qualifier="approx"),
        R("中山", ZS),                              # 中山居民医保: a topic
        D("2025年度", "2025"),
        M("每年410元", 410, period="year"),
        R("澳门", MO),
        # 约合300澳元左右: 澳元 (the Australian dollar and the pataca alike) is no currency unit (guidelines): nothing
        R("澳门", MO),                              # 澳门居民
        P("80%左右", 0.8, qualifier="approx"),
        R("中山", ZS),
        M("最多50元", 50, qualifier="max"),         # 每次可报销最多50元: 可报销 separates 每次 (no period); 最多 touches
        R("澳门", MO, in_org=True),                 # 澳门社会保障基金: a public body's name
        T("30日", 30, "day"),                       # 缴费后30日内
        # 星期一至五 9:00-17:45: weekdays and times
        R("中山", ZS),                              # 查询电话:中山 0760-…: a label
        PH("0760-88221234"),
        R("澳门", MO),
        m("phone", "2853 2851", "+85328532851", kind="fixed"),   # a local 8-digit number after 澳门 (guidelines)
    ],
    "heldout45-agg-3": [
        R("珠海香洲区", XZ),                        # headline 珠海香洲区推出…: one chain, plain; 「医保一站通」: 一 inside a name
        D("4月20日", "--04-20"),                    # 记者<strong>4月20日</strong>从…
        R("珠海市香洲区", XZ, in_org=True),         # 珠海市香洲区医疗保障局
        # 区内: no place
        C("12个", 12, "item"),
        T("7个工作日", 7, "workday"),
        T("3个工作日", 3, "workday"),
        DR("2025年1-3月", "2025-01", "2025-03"),
        R("香洲区", XZ),
        # 港澳参保人: no place
        C("2,350名", 2350, "person"),
        P("60%", 0.6),                              # 60%-70%: two % signs, two mentions
        P("70%", 0.7),
        T("60周岁", 60, "year", age=True),          # 年满60周岁
        # 一次健康体检: lone 一
        PH("0756-2221234"),
        E("xzyb@example.gov.cn"),
        # #大湾区 #港澳居民: no places
        R("珠海", ZH),                              # #珠海医保: a hashtag is a topic, plain (set 44 call 6)
    ],
}
