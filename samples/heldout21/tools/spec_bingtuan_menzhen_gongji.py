from gold_lib import *

# A 新疆生产建设兵团 news item on 职工医保 门诊共济 in two 师市.  师市合一: 第八师石河子市 is one
# body whose place is the city 石河子市 (set 2 call 12); 第八师 is an ordinal + 师 (no classifier).
# Numbered regiments (一四三团, 一四九团, 一五二团, 十团, 十二团) are neither counts (团 is no classifier)
# nor places (not in divisions.tsv): nothing.  连队 and 团场 are no places.
SHZ, ALE, KY, TMSK, WJQ = "659001", "659002", "659009", "659003", "659004"
XJ, WLMQ, YL, KS, AKS = "650000", "650100", "654000", "653100", "652900"
SPEC = [
    # 兵团医保 | …: an account's name before |, no place in it
    R("石河子市", SHZ),                             # 第八师石河子市 in the headline
    R("阿拉尔市", ALE),                             # 第一师阿拉尔市
    D("2025年", "2025"),
    R("新疆", XJ, in_org=True),                     # 来源:新疆生产建设兵团医疗保障局
    D("2025-04-10", "2025-04-10"),                  # 11:32 a time; 阅读:3216 a counter
    D("4月1日起", "--04-01", qualifier="from"),
    R("石河子市", SHZ),
    R("阿拉尔市", ALE),
    # 兵团医疗保障局: no place; 一级及以下: a hospital level
    P("60%", 0.6),
    P("70%", 0.7),
    M("1500元", 1500),
    M("2000元", 2000),
    R("石河子市", SHZ, in_org=True),                 # 第八师石河子市医疗保障局
    # 该师市: no place
    C("126家", 126, "institution"),
    # 一四三团、一四九团、一五二团, 团场, 连队卫生室, 一四三团医院: nothing (see above)
    C("21个", 21, "item"),                          # 我们团有21个连队
    # 每次能报销一半以上: 一半 is no percent (set 9 call 6)
    D("3月底", "--03", qualifier="approx"),          # 截至3月底
    C("18.6万人", 186000, "person"),                 # 全师市: no place
    C("5.2万人", 52000, "person"),
    R("石河子", SHZ, in_org=True),                   # 石河子大学医学院第一附属医院 (the short name in a university's name)
    # 首月: no number
    C("9800人次", 9800, "person"),
    R("阿拉尔市", ALE),                             # 第一师阿拉尔市则…
    R("乌鲁木齐", WLMQ),                            # a city and a county short name: the city
    R("伊犁哈萨克自治州", YL),
    R("喀什地区", KS),                              # 地区 is part of the unit's own name in divisions.tsv (not the 河南周口地区 case)
    # “兵团医保”小程序: no place
    T("不少于6个月", 6, "month", qualifier="min"),
    DR("1-3月", "--01", "--03"),
    C("4.2万人次", 42000, "person"),
    M("2860万元", 28600000),
    M("约680元", 680, qualifier="approx"),           # 平均每人次减少垫资约680元: 每人次 is no period
    # 十团、十二团: numbered regiments; 南疆: no unit
    R("阿克苏地区", AKS),
    R("新疆维吾尔自治区", XJ),
    R("昆玉市", KY),                                # 第十四师昆玉市 (第十四师: ordinal)
    R("图木舒克市", TMSK),                          # 第三师图木舒克市
    D("2025年7月1日前", "2025-07-01", qualifier="until"),
    R("五家渠市", WJQ),                             # 第六师五家渠市
    D("2024年12月", "2024-12"),
    R("石河子市", SHZ, in_org=True),
    PH("0993-2016580"),
    R("阿拉尔市", ALE, in_org=True),
    PH("0997-4623317", city="阿拉尔市"),             # 0997 is shared with 阿克苏地区: the office is 阿拉尔市's
]
