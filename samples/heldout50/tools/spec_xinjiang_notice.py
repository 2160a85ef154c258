from gold_lib import *

XJ, YL, BZ, BO, KZ = "650000", "654000", "652800", "652700", "653000"   # 新疆; 伊犁州; 巴州; 博州; 克州
SPEC = [
    R("新疆维吾尔自治区", XJ, in_org=True),            # 新疆维吾尔自治区医疗保障局 (title)
    D("2026年度", "2026"),
    # 新医保发〔2025〕27号: a document number
    D("2025-09-12", "2025-09-12"),                     # 发布时间 of the main article: a plain date; 10:30 a time
    # 来源:自治区医疗保障局: 自治区 alone names no place
    R("伊犁州", YL, in_org=True),                      # addressees 伊犁州、塔城地区、阿勒泰地区医疗保障局: three bureaus (call 3)
    R("塔城地区", "654200", in_org=True),              # 地区 is part of the official name (call 2)
    R("阿勒泰地区", "654300", in_org=True),
    # 各州、市(地)医疗保障局: no place
    R("新疆", XJ, in_org=True),                        # 新疆生产建设兵团医疗保障局
    D("2026年度", "2026"),
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),                # 每人每年400元: 每人 is no period
    M("每年700元", 700, period="year"),                # 不低于每人每年700元: 不低于 does not touch (call 4)
    R("乌鲁木齐市", "650100"),
    R("克拉玛依市", "650200"),
    M("30元", 30),                                     # 每人每年另补助30元: 另补助 stands between 每年 and the amount
    R("伊犁州", YL),                                   # 伊犁州直各县市: 州直 = the part the prefecture administers directly
    M("400元", 400),
    R("霍尔果斯市", "654004"),
    R("察布查尔锡伯自治县", "654022"),
    P("100%", 1),
    R("巴州", BZ),                                     # 巴州 = 巴音郭楞 in 新疆 (also 巴中's 巴州区 short name; call 1)
    R("博州", BO),                                     # 博州 = 博尔塔拉, not a gazetteer short name (call 1)
    P("70%", 0.7),
    R("克州", KZ),                                     # 克州 = 克孜勒苏 (call 1)
    R("喀什地区", "653100"),
    R("和田地区", "653200"),
    M("每年不超过280元", 280, period="year", qualifier="max"),
    R("昌吉州", "652300"),
    R("哈密市", "650500"),
    D("2025年", "2025"),
    # 兵团第八师 / 第一师: divisions of the Corps, ordinals, no gazetteer units; the cities are (call 5)
    R("石河子市", "659001"),
    R("阿拉尔市", "659002"),
    DR("2025年9月15日至12月31日", "2025-09-15", "2025-12-31"),
    DR("2026年1月1日至12月31日", "2026-01-01", "2026-12-31"),
    T("3个月", 3, "month"),
    T("4年", 4, "year"),                               # 满4年: 满 is no qualifier
    T("1年", 1, "year"),                               # 每多连续参保1年: digit 1 is not a lone 一
    M("不低于1000元", 1000, qualifier="min"),
    T("90天", 90, "day"),                              # 90天内: 内 is not on the list
    D("2025年8月底", "2025-08", qualifier="approx"),   # 截至 is a preposition
    C("1386.7万人", 13867000, "person"),
    P("95%以上", 0.95, qualifier="min"),
    D("2025年10月31日前", "2025-10-31", qualifier="until"),
    D("12月中旬", "--12", qualifier="approx"),
    C("3120个", 3120, "item"),
    R("新疆", XJ, in_org=True),                        # “新疆医保”APP
    R("新疆", XJ, in_org=True),                        # “新疆税务”微信公众号
    M("1.2万元", 12000),
    P("60%", 0.6),
    M("30万元", 300000),                               # 年度最高支付30万元: 支付 stands between 最高 and the amount
    PH("0991-2356781"),
    PH("12393"),
    D("2026年度", "2026", _nb=True),                   # 附件:1.2026年度…: 1. is a list number
    R("新疆维吾尔自治区", XJ, in_org=True),            # signature
    D("2025年9月10日", "2025-09-10"),
]
