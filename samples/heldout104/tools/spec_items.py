from gold_lib import *

XY, HB = "420600", "420000"                         # 襄阳市, 湖北省
GL, YL = "450300", "610800"                         # 桂林市, 榆林市
DOCS = {
    "heldout104-jsonl-1": [
        R("襄阳市", XY, in_org=True),               # 襄阳市妇联
        R("襄阳市", XY, in_org=True),               # 襄阳市卫健委
        D("2025年", "2025"),                        # 2025年“两癌”筛查: “两癌” no count
        DR("2025年5月10日至9月30日", "2025-05-10", "2025-09-30"),   # 自…至…: 自 outside
        T("35-64周岁", (35, 64), "year", age=True),
        C("4.5万人次", 45000, "person"),
        # TCT, HPV: names
        C("6项", 6, "item"),
        R("樊城区", "420606"),
        R("枣阳市", "420683"),
        C("2台", 2, "piece"),
        C("3次", 3, "time"),                        # 每周下乡3次: 每周 has no number
        R("襄阳市", XY, in_org=True),               # 襄阳市妇幼保健院
        # HPV16/18型: a virus type, no count
        T("30岁以上", 30, "year", age=True, qualifier="min"),
        T("5年", 5, "year"),                        # 每5年做一次: 每 outside; 一次 lone 一
        R("湖北省", HB, in_org=True),               # 湖北省妇女儿童发展基金会
        M("5000元", 5000),                          # 每人5000元至1万元: two units, two amounts (set 1 call 4)
        M("1万元", 10000),
        PH("0710-3512846"),
    ],
    "heldout104-jsonl-2": [
        R("桂林市", GL, in_org=True),               # 桂林市妇幼保健院 (heading)
        D("2025年7月1日起", "2025-07-01", qualifier="from"),
        C("17种", 17, "kind"),
        M("280元", 280),                            # 由<b>280</b>元调整为<b>198</b>元
        M("198元", 198),
        P("约29%", 0.29, qualifier="approx"),
        M("每次160元", 160, period="time"),         # 每次<span>160元</span>
        R("桂林市", GL),                            # 桂林市居民医保参保人: plain
        P("50%", 0.5),
        R("桂林", GL, in_org=True),                 # “桂林妇幼”公众号: an account
        PH("0773-2818562"),                         # 8:00-12:00 a time
        R("临桂区", "450312"),
        R("阳朔县", "450321"),
    ],
    "heldout104-jsonl-3": [
        R("榆林市", YL, in_org=True),               # 榆林市医保局
        D("2025年起", "2025", qualifier="from"),
        R("榆林市", YL),                            # 榆林市城乡居民医保: a programme
        M("600元", 600),                            # 由每人600元提高至每人800元: 每人 no period, two amounts
        M("800元", 800),
        C("5次以上", 5, "time", qualifier="min"),
        M("1800元", 1800),
        M("3200元", 3200),
        P("不低于80%", 0.8, qualifier="min"),
        T("42天", 42, "day"),                       # 产后42天内
        R("神木市", "610881"),
        R("府谷县", "610822"),
        M("300元", 300),                            # 每例再补助300元: 每例 no period, 补助 between
        D("2024年", "2024"),
        C("2.37万人", 23700, "person"),
        M("1.28亿元", 128000000),
        PH("0912-3288105"),
    ],
}
