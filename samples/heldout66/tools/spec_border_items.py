from gold_lib import *

LS, DH, AB = "513400", "533100", "513200"           # 凉山彝族自治州, 德宏傣族景颇族自治州, 阿坝藏族羌族自治州
DOCS = {
    "heldout66-jsonl-1": [
        R("凉山", LS),                              # 【凉山】: a dateline, the prefecture's short name
        R("昭觉县", "513431", in_org=True),         # 昭觉县医保局
        # 支尔莫乡: a township; 阿西木呷: a Yi personal name (twice); 二次报销: nothing
        T("45岁", 45, "year", age=True),
        D("2025年3月", "2025-03"),
        R("西昌", "513401"),                        # 在西昌住院: 西昌市
        T("21天", 21, "day"),
        M("9.6万元", 96000),
        M("5.1万元", 51000),
        M("1.8万元", 18000),
        P("超过72%", 0.72, qualifier="min"),
        R("凉山州", LS, in_org=True),               # 凉山州医保局
        D("2025年6月底", "2025-06", qualifier="approx"),
        # 全州 ("the whole prefecture"): a word, not 全州县 (广西)
        C("4.6万名", 46000, "person"),
        M("1.37亿元", 137000000),
        R("昭觉县", "513431"),                      # 昭觉县今年城乡居民医保: a programme
        M("400元", 400),                            # 每人400元
        P("50%", 0.5),
        PH("0834-3226158"),
    ],
    "heldout66-jsonl-2": [
        R("瑞丽市", "533102"),                      # headline 瑞丽市:…: a dateline-like topic, plain
        R("德宏傣族景颇族自治州瑞丽市", "533102"),  # chain: the county-level city; 姐相镇 a township
        # 岩温: a Dai personal name
        C("1286人", 1286, "person"),                # <strong>1286</strong>人
        P("98.2%", 0.982),
        P("2个百分点", 0.02, points=True),
        # 姐告口岸: no gazetteer name; 按规定结算: 定结 (定结县, 西藏) straddles two words, nothing
        R("瑞丽市", "533102", in_org=True),         # 瑞丽市人民医院
        R("德宏州", DH),                            # 德宏州2026年度参保缴费期: a topic
        D("2026年度", "2026"),
        DR("2025年9月1日至2026年2月28日", "2025-09-01", "2026-02-28"),
        M("400元/人/年", 400, period="year"),
        PH("0692-4146217"),
        R("德宏州", DH, in_org=True),               # 德宏州医保局
    ],
    "heldout66-jsonl-3": [
        R("阿坝州马尔康市", "513201"),              # chain: the county-level city (headline)
        C("13个", 13, "item"),                      # 全州13个县(市): 全州 is a word (not 全州县, 广西), twice in this record
        R("阿坝州", AB, in_org=True),               # 阿坝州医疗保障局
        D("2025年10月", "2025-10"),                 # 截至: a preposition
        P("81.5%", 0.815),
        P("12个百分点", 0.12, points=True),
        R("若尔盖县", "513232"),
        # 泽让卓玛: a Tibetan personal name
        R("成都", "510100"),
        R("马尔康", "513201"),                      # 跑马尔康: 马尔康市
        R("广西东兴市", "450681", in_org=True),     # 广西东兴市医保局: chain in an office's name
        R("东兴", "450681", in_org=True),           # 东兴口岸: a port's name (call 6); 广西's 东兴市, not 内江's 东兴区
        # 每周一至周五: weekdays, no range of dates
        PH("0770-7681253"),                         # 防城港市's code (东兴市 is under 防城港)
    ],
}
