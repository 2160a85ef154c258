from gold_lib import *

XJ, WLMQ, YL, KS, AKS = "650000", "650100", "654000", "653100", "652900"
SHZ, TMSK, ALE, KKDL = "659001", "659003", "659002", "659008"   # 石河子市, 图木舒克市, 阿拉尔市, 可克达拉市
SPEC = [
    R("新疆", XJ, in_org=True),                     # 新疆兵团 = 新疆生产建设兵团, an organisation (set 2 call 12)
    # 兵团, 地方: no places
    R("新疆", XJ, in_org=True),                     # 来源:新疆生产建设兵团医疗保障局
    D("2025-04-18", "2025-04-18"),
    # 问一 … 问七: list labels
    R("石河子市", SHZ),                             # 第八师石河子市: 第八师 is an ordinal (set 50 call 5), the city plain
    R("乌鲁木齐", WLMQ),
    # 自治区地方医保: no place name
    R("石河子市", SHZ),                             # 第八师石河子市参保人员
    R("乌鲁木齐市", WLMQ),
    R("伊犁哈萨克自治州", YL),
    R("乌鲁木齐", WLMQ),
    M("800元", 800),
    P("10个百分点", 0.1, points=True),
    R("喀什地区", KS),                              # 地区 is part of the name (set 50 call 2)
    R("图木舒克市", TMSK),                          # 第三师图木舒克市: 第三师 an ordinal
    R("喀什地区", KS),
    R("图木舒克市", TMSK),
    # “一单制”: lone 一
    D("2024年", "2024"),
    C("2.6万人次", 26000, "person"),
    M("1.38亿元", 138000000),
    T("6个月", 6, "month"),
    # 多次: no number
    P("20%", 0.2),
    R("伊犁州", YL),                                # short name + 州 (set 50 call 6)
    R("伊犁哈萨克自治州伊宁市", "654002"),          # a chain: one mention at 伊宁市
    R("奎屯市", "654003"),
    R("霍城县", "654023"),
    R("察布查尔锡伯自治县", "654022"),
    T("3个月", 3, "month"),                         # 满3个月: 满 is no qualifier
    R("可克达拉市", KKDL),                          # 第四师可克达拉市
    R("伊宁市", "654002"),
    # 兵地协同: no place
    R("阿克苏地区", AKS),
    R("阿拉尔市", ALE),                             # 第一师阿拉尔市
    R("阿克苏地区阿克苏市", "652901"),              # a chain: 阿克苏市
    R("库车市", "652902"),
    C("87家", 87, "institution"),
    R("阿拉尔市", ALE),
    C("15种", 15, "kind"),
    M("每月不超过800元", 800, period="month", qualifier="max"),
    R("巴音郭楞蒙古自治州库尔勒市", "652801"),      # a chain: 库尔勒市
    M("2000元", 2000),                              # 年度限额2000元: no period word touches it
    R("新疆", XJ, in_org=True),                     # “新疆医保”APP
    # 国家医保服务平台APP: no place
    T("1至3个工作日", (1, 3), "workday"),           # 一般1至3个工作日: 一般 is "usually", not lone 一
    R("石河子市", SHZ, in_org=True),                # 石河子市医保服务中心
    PH("0993-2698213"),
    R("喀什地区", KS, in_org=True),                 # 喀什地区医疗保障局
    PH("0998-2823176", city="喀什地区"),            # 0998: 喀什地区 and 图木舒克市 share it; the row's office
    R("阿克苏地区", AKS, in_org=True),              # 阿克苏地区医保中心
    PH("0997-2136845", city="阿克苏地区"),          # 0997: 阿克苏地区 and 阿拉尔市; the row's office
    R("伊犁州", YL, in_org=True),                   # 伊犁州医疗保障局
    PH("0999-8036152"),
    R("乌鲁木齐市", WLMQ),                          # 乌鲁木齐市医保热线: a hotline is a service, not a body (like 南县新农合医保电话)
    PH("0991-4660218"),
]
