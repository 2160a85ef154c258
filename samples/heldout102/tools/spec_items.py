from gold_lib import *

AL, SHZ, WLMQ, YL = "542500", "659001", "650100", "654000"
DOCS = {
    "heldout102-jsonl-1": [
        R("阿里地区", AL),
        P("98.6%", 0.986),
        D("2025-04-02", "2025-04-02"),
        R("阿里地区", AL, in_org=True),             # 来源:阿里地区医疗保障局
        D("2025年3月31日", "2025-03-31"),           # 截至 is a preposition, outside
        R("阿里地区", AL),
        C("7个", 7, "item"),                        # 7个县
        C("10.2万人", 102000, "person"),
        P("98.6%", 0.986),
        R("噶尔县", "542523"),
        R("普兰县", "542521"),
        P("超过99%", 0.99, qualifier="min"),        # 均超过99%: 超过 is on the shared list and touches
        # 地区财政: no place (地区 alone)
        M("800元", 800),                            # 人均补助800元
        M("每年25元", 25, period="year"),           # 每人每年25元
        R("阿里地区", AL, in_org=True),             # 阿里地区人民医院
        C("6台", 6, "piece"),
        P("90%", 0.9),
        C("12次左右", 12, "time", qualifier="approx"),   # 每月透析12次左右: 每月 does not touch
        M("不超过300元", 300, qualifier="max"),
        R("普兰县", "542521"),
        # 海拔约3900米, 约400公里: no units of ours; 狮泉河镇: a township
        R("拉萨", "540100"),
        PH("0897-2823561"),
    ],
    "heldout102-jsonl-2": [
        R("石河子市", SHZ),                         # 第八师石河子市: 第八师 an ordinal (set 50 call 5)
        D("2026年度", "2026"),
        R("石河子市", SHZ, in_org=True),            # 石河子市医疗保障局
        D("2026年度", "2026"),
        DR("2025年10月1日至12月31日", "2025-10-01", "2025-12-31"),
        M("每年400元", 400, period="year"),         # 每人每年400元
        T("18周岁以下", 18, "year", age=True, qualifier="max"),
        M("400元/年", 400, period="year"),
        R("石河子", SHZ, in_org=True),              # 石河子大学第一附属医院 (第一: an ordinal)
        R("石河子市", SHZ, in_org=True),            # 石河子市人民医院
        C("23家", 23, "institution"),
        # 兵团内跨师: no number
        P("5%", 0.05),
        R("乌鲁木齐市", WLMQ),
        M("1200元", 1200),
        # “兵团医保”小程序: no place; 团场, 连队: no places
        # 一四三团, 一五二团: regiment numbers (names, like road numbers): nothing (set 21 call 3)
        PH("0993-2016358"),
        PH("12345"),
    ],
    "heldout102-jsonl-3": [
        R("伊犁州新源县", "654025"),                # a chain (伊犁州 + county): 新源县
        D("2025-06-16", "2025-06-16"),
        R("伊犁哈萨克自治州", YL, in_org=True),     # …卫生健康委员会
        DR("6月12日至14日", "--06-12", "--06-14"),
        # “健康快车”: no place
        R("伊犁哈萨克自治州新源县", "654025"),
        R("巩留县", "654024"),
        C("1860人次", 1860, "person"),              # <strong>1860</strong>人次
        M("12.6万元", 126000),
        R("新源县", "654025"),                      # 新源县那拉提镇: the county (那拉提镇 a township)
        # 哈萨克族: no place; 吐尔逊别克: a personal name
        R("伊宁市", "654002"),
        T("5个小时", 5, "hour"),
        C("420例", 420, "case"),
        C("38例", 38, "case"),
        R("霍尔果斯市", "654004", in_org=True),     # 霍尔果斯市人民医院
        M("最高6000元", 6000, qualifier="max"),     # 每例补助最高6000元: 每例 is 每 + a classifier, no period
        PH("0999-5032617"),
    ],
}
