from gold_lib import *

XJ, SHZ = "650000", "659001"                        # 新疆维吾尔自治区, 石河子市 (a 兵团 city: county level under 新疆)
SPEC = [
    R("新疆", XJ, in_org=True),                     # 新疆生产建设兵团: part of the 兵团's name (set 2 call 12)
    # 第八师: an ordinal, no unit of the gazetteer (set 50 call 5)
    R("石河子市", SHZ, in_org=True),                # 第八师石河子市医疗保障局: place + office word (师市合一: the city is the office's place)
    D("2025年度", "2025"),
    # 师市: no place
    D("2024-09-03", "2024-09-03"),                  # 发布日期; 字号:大 中 小 chrome
    # 各团场、各街道: no places
    R("新疆", XJ, in_title=True, in_org=True),      # 《新疆生产建设兵团城乡居民基本医疗保险办法》: both flags (set 1 call 6)
    R("石河子市", SHZ),                             # 第八师石河子市2025年度…: the city itself, plain (set 50 call 5)
    D("2025年度", "2025"),
    # 石河子总场: a 团场 (a township-level farm unit): 石河子 is part of a longer name, no place (call 3)
    # 一二一团 … 一五〇团、一五二团: 团场 numbers (names of farm units), no counts (团 is no classifier)
    # 新城街道 (新城区), 向阳街道 (向阳区), 红山街道 (红山区), 老街街道, 东城街道 (东城区): streets of 石河子, no places (call 1)
    # 北泉镇, 石河子镇: towns (石河子 part of the town's name), no places (call 3)
    R("沙湾市", "654203"),                          # 塔城地区's 沙湾市 (county-level city since 2021)
    R("玛纳斯县", "652324"),
    M("每年380元", 380, period="year"),             # 每人每年380元
    M("每年不低于670元", 670, period="year", qualifier="min"),
    P("80%", 0.8),
    P("100%", 1),
    DR("2024年9月10日至12月31日", "2024-09-10", "2024-12-31"),
    T("3个月", 3, "month"),                         # 3个月内: 内 is no qualifier
    # 团场医院(一级): a hospital level, nothing
    M("300元", 300),
    P("85%", 0.85),
    # 师医院: no place
    R("石河子", SHZ, in_org=True),                  # 石河子大学医学院第一附属医院: a hospital's name
    M("800元", 800),
    P("70%", 0.7),
    R("乌鲁木齐市", "650100"),                      # 转往乌鲁木齐市就医: plain
    M("1200元", 1200),
    P("60%", 0.6),
    M("18万元", 180000),                            # 年度最高支付限额为18万元: 为 between
    P("60%", 0.6),                                  # 60%—70%: every % is its own mention
    P("70%", 0.7),
    # 师市: no place; 第六师, 第七师: ordinals (set 50 call 5)
    R("五家渠市", "659004"),
    R("胡杨河市", "659010"),
    C("42个", 42, "item"),
    C("96名", 96, "person"),
    PH("0993-2015678"),
    PH("12393"),
    U("www.btyb.example.cn"),
    R("石河子市", SHZ, in_org=True),                # signature: 第八师石河子市医疗保障局
    D("2024年9月3日", "2024-09-03"),
]
