from gold_lib import *

BD, LS, FP = "130600", "130623", "130624"          # 保定市, 涞水县, 阜平县
GL, LG = "450300", "450312"                         # 桂林市, 临桂区
YA, BT = "610600", "610602"                         # 延安市, 宝塔区
DOCS = {
    "heldout101-jsonl-1": [
        R("保定市", BD),                            # title: a place before a programme, plain
        C("1.2万名", 12000, "person"),
        D("2025-06-20", "2025-06-20"),
        R("保定", BD, in_org=True),                 # 保定日报
        R("保定市", BD, in_org=True),               # 保定市退役军人事务局; 市医保局, 全市: no place
        C("12,360名", 12360, "person"),
        C("86家", 86, "institution"),
        # 1至4级, 5至6级残疾军人: grades in digits, nothing (call 1)
        P("80%", 0.8),
        P("60%", 0.6),
        R("涞水县", LS),
        R("阜平县", FP),
        # 山区县: nothing
        C("1次", 1, "time"),                        # 每月1次: digit 1, 每月 not part of a count
        PH("0312-5906123"),
    ],
    "heldout101-jsonl-2": [
        R("桂林市临桂区", LG),                      # title: a place before its action, plain
        DR("2025年10月9日至10月20日", "2025-10-09", "2025-10-20"),
        R("临桂区", LG),
        # 356户: 户 is no classifier of the guidelines, nothing (call 5)
        T("65岁以上", 65, "year", age=True, qualifier="min"),   # <strong>65</strong>岁以上
        M("260元", 260),                            # 每人体检费用标准260元: 每人 no period
        C("14项", 14, "item"),
        T("7个工作日", 7, "workday"),               # 内 is not a qualifier
        # 区退役军人服务中心: no place
        PH("0773-2289516"),
        E("lgva@example.com.cn"),
    ],
    "heldout101-jsonl-3": [
        R("延安市宝塔区", BT),                      # title, plain
        D("2025-11-03", "2025-11-03"),
        R("宝塔区", BT, in_org=True),               # 来源:宝塔区退役军人事务局
        # "绿色通道" ×2 (title and body): 通道 is a common word (guidelines), nothing; 即日起: no date written
        C("112名", 112, "person"),
        R("延安", YA, in_org=True),                 # 延安大学附属医院
        T("40分钟", 40, "minute"),
        T("10分钟左右", 10, "minute", qualifier="approx"),
        PH("0911-8012345"),
    ],
}
