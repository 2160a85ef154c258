from gold_lib import *

MY, JY, ST, YT, SC = "510700", "510781", "510722", "510723", "510000"   # 绵阳市 江油市 三台县 盐亭县 四川省
SPEC = [
    # 【医保问答】: brackets, nothing
    C("8个", 8, "item"),                             # 8个问题; 一次说清楚: lone 一
    R("绵阳", MY, in_org=True),                      # account name 绵阳医保
    D("2025年04月18日", "2025-04-18"),               # 17:05: a time of day
    R("四川", SC),                                   # the account's IP location line: a province alone
    # 今年起: no date (no number); 第3批, 第4批: ordinals
    R("江油", JY),                                   # short name of the county-level city
    R("三台", ST),                                   # short name of 三台县
    # Q1…Q8: labels; 截至目前: no date
    C("十批", 10, "batch"),
    R("四川省", SC),                                 # 四川省牵头: a province alone, no org
    C("三批", 3, "batch"),
    C("435种", 435, "kind"),
    P("超过50%", 0.5, qualifier="min"),
    # 二级以上: a hospital level
    R("江油市", JY),
    R("三台县", ST),
    R("盐亭县", YT),
    C("7个", 7, "item"),                             # 7个县(市、区)
    # “天府通办”: 天府 no place
    C("128家", 128, "institution"),
    P("70%", 0.7),
    P("50%", 0.5),
    M("2000元", 2000),
    M("600元", 600),
    P("百分之二十", 0.2),
    P("百分之三十", 0.3),
    T("12周", 12, "week"),                           # 最多可开12周: 可开 between
    T("不超过7天", 7, "day", qualifier="max"),
    # 外地来绵: 绵 a one-character abbreviation
    R("绵阳市", MY),                                 # 在绵阳市定点医疗机构就医: no org
    T("2小时", 2, "hour"),                           # 最快2小时: 最快 is not on the shared list
    T("2年", 2, "year"),
    R("绵阳市", MY, in_org=True),                    # 绵阳市医保局投诉电话
    PH("0816-2253190"),
    PH("12345"),
    R("江油市", JY, in_org=True),                    # 江油市医保局电话
    PH("0816-3263015"),
    # 【小贴士】; 1⃣ 2⃣ 3⃣ (digit + U+20E3 keycap): list markers
    DR("每月1—5日", "---01", "---05", recurring="monthly"),
    C("6名", 6, "person"),                           # 最多绑定6名: 绑定 between
    R("绵阳市", MY, in_org=True),                    # 来源:绵阳市医疗保障局
    # 王某, 李某: people; 阅读 3.2万, 在看 56: counters without a unit
]
