from gold_lib import *

FJ, XM, FZ, PT, TW = "350000", "350200", "350100", "350128", "710000"
SPEC = [
    R("福建省", FJ, in_org=True),                   # title: 福建省医疗保障局关于…
    R("台湾", TW),                                  # 台湾居民: a place before a people word
    # 闽医保〔2025〕6号: a document number; 各设区市: no place
    R("平潭", PT, in_org=True),                     # 平潭综合实验区社会事业局: 平潭 (平潭县 350128) in an office's name;
                                                    # 综合实验区 is no unit suffix, so the span is 平潭 (call 2)
    # 两岸: no place
    R("台湾", TW),                                  # 台湾同胞
    # 在闽: 闽 one character; 台湾居民居住证 below
    R("台湾", TW),                                  # 台湾居民居住证: a document's topic (set 5), not in_org
    # 我省: no place; 一、 list number
    R("厦门", XM),
    R("福州", FZ),
    R("平潭", PT),                                  # 平潭综合实验区: the zone = 平潭县 (call 2)
    R("台湾", TW),
    P("7.5%", 0.075),
    P("2%", 0.02),
    R("台湾", TW),
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),             # 每人每年: 每人 outside
    DR("2024年9月1日至2025年2月28日", "2024-09-01", "2025-02-28"),
    R("台湾", TW),                                  # 台湾学生
    M("每年150元", 150, period="year"),
    P("不低于50%", 0.5, qualifier="min"),
    D("2025年1月1日起", "2025-01-01", qualifier="from"),   # 自 outside
    R("台湾", TW),
    M("800元", 800),
    P("70%", 0.7),                                  # 70%至90%: two percents
    P("90%", 0.9),
    M("30万元", 300000),
    R("台湾", TW),
    # 在台: 台 one character; 全民健康保险 (康保: no place)
    R("厦门", XM),
    R("台湾", TW),
    M("约400元", 400, qualifier="approx"),          # 人均缴费约400元: 人均 is no period
    M("1,800元", 1800, currency="TWD"),             # 约合新台币1,800元: 新台币 before the number names the currency (set 5 call 6)
    P("三分之一左右", 0.3333333333333333, qualifier="approx"),   # 岛内: no place
    D("2025年3月31日前", "2025-03-31", qualifier="until"),
    D("2024年12月", "2024-12"),                     # 截至 outside
    R("台湾", TW),
    C("2.3万人", 23000, "person"),
    # 台胞服务专窗: 台胞 no place
    C("46个", 46, "item"),
    R("福建省", FJ, in_org=True),
    PH("0591-87851234"),
    R("厦门市", XM, in_org=True),
    PH("0592-5012345"),
    R("平潭", PT, in_org=True),
    PH("0591-23151234"),                            # 平潭's numbers use 福州's 0591
    R("台湾", TW),                                  # 在台湾可拨打
    m("phone", "+886 2 2712 3456", "+886227123456", kind="fixed"),    # Taiwan, area 2 (台北): other plan, no area_code
    # 两岸医保服务联络处: no place
    m("phone", "+886 912 345 678", "+886912345678", kind="mobile"),   # Taiwan mobile (9…)
    R("福建省", FJ, in_org=True),                   # signature
    D("2025年1月10日", "2025-01-10"),
]
