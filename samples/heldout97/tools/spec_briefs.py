from gold_lib import *

HF, AH, KM, WH, YN, XA, SX = "340100", "340000", "530100", "530102", "530000", "610100", "610000"
DOCS = {
    "heldout97-jsonl-1": [
        R("合肥", HF),                              # 合肥:首批…: a dateline place, plain
        D("9月1日", "--09-01"),
        R("安徽", AH, in_org=True),                 # 安徽医科大学第一附属医院生殖医学中心
        R("合肥市", HF),                            # 合肥市首例: 首例 has no number
        M("5680元", 5680),
        P("70%", 0.7),                              # 报销比例达到70%
        R("安徽省", AH),                            # 安徽省自…起将…纳入医保: plain
        D("2025年9月1日起", "2025-09-01", qualifier="from"),
        C("12项", 12, "item"),
        C("2次", 2, "time"),                        # 每人限支付2次: 每人 is no period for counts
        C("21家", 21, "institution"),
        # 每年约有3万对夫妇: 对 is not a classifier of the list → nothing
        PH("0551-62922114"),
    ],
    "heldout97-jsonl-2": [
        R("昆明", KM),                              # 昆明一对夫妇: plain; 一对: lone 一; 第三代试管: ordinal
        R("昆明市五华区", WH),                      # chain: 五华区 of 昆明
        T("39周岁", 39, "year", age=True),
        C("3次", 3, "time"),                        # 前后经历3次移植
        # 历时两年零3个月: a calendar compound → two durations (两年, 3个月)
        T("两年", 2, "year"),
        T("3个月", 3, "month"),
        M("约15万元", 150000, qualifier="approx"),
        # 第1代和第2代试管: ordinals written in digits; 第三次: ordinal
        R("云南省", YN, in_org=True),               # 云南省第一人民医院生殖中心 (第一: ordinal)
        T("40周岁以上", 40, "year", age=True, qualifier="min"),
        P("20%", 0.2),                              # 不到20%: 不到 is not on the list (set 44)
        PH("0871-63638120"),
    ],
    "heldout97-jsonl-3": [
        R("西安", XA),                              # 西安发放首批育儿补贴: plain; 首批 no number
        D("11月20日", "--11-20"),
        R("西安市", XA),                            # 西安市首批育儿补贴: a programme, plain
        C("1.8万名", 18000, "person"),
        M("5400万元", 54000000),
        M("每年3600元", 3600, period="year"),       # 每孩每年3600元: 每孩 no period (heldout call 2)
        T("3周岁", 3, "year", age=True),            # 发放至3周岁
        R("陕西省", SX, in_org=True),               # 陕西省妇幼保健院; 咨询台前: 台前 (台前县, 濮阳) is 台 + 前 here, nothing
        T("28周", 28, "week"),                      # 孕周满28周: weeks of pregnancy, 满 no qualifier
        T("28周以上", 28, "week", qualifier="min"), # 孕28周以上
        R("陕西", SX, in_org=True),                 # “陕西医保”APP
        R("西安市", XA, in_org=True),               # 西安市医疗保障局
        T("6个月", 6, "month"),                     # 出生后6个月内: 内 not on the list
        PH("029-86781234", city="西安市"),          # 029 shared by 西安 and 咸阳: the article's region
    ],
}
