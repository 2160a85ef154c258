from gold_lib import *

QJ, YN = "530300", "530000"
COUNTIES = [("麒麟区", "530302"), ("沾益区", "530303"), ("马龙区", "530304"), ("宣威市", "530381"),
            ("陆良县", "530322"), ("师宗县", "530323"), ("罗平县", "530324"), ("富源县", "530325"),
            ("会泽县", "530326")]
SPEC = [
    R("曲靖市", QJ),                                # 曲靖市2026年度…调查问卷: a place before a topic
    D("2026年度", "2026"),
    # 全市: no place; 第三方机构: no number
    R("曲靖市", QJ, in_org=True),                   # 曲靖市医疗保障局委托…
    T("5分钟", 5, "minute"),                        # 约需5分钟: 需 stands between 约 and the number
    DR("2026年3月1日至3月31日", "2026-03-01", "2026-03-31"),
    C("3000份", 3000, "piece"),                     # 有效问卷3000份
    # 每个县(市、区): 每个 is no number
    C("不少于300份", 300, "piece", qualifier="min"),
    # 第一部分…第三部分: ordinals; 1.…12.: question numbers; □A. … □D.: option letters
    T("18岁以下", 18, "year", age=True, qualifier="max"),
    T("18-35岁", (18, 35), "year", age=True),       # an age range with one unit (set 7 call 3)
    T("36-59岁", (36, 59), "year", age=True),
    T("60岁及以上", 60, "year", age=True, qualifier="min"),
] + [R(n, c) for n, c in COUNTIES] + [          # □麒麟区 … □会泽县: a checkbox list of places, no body
    M("1000元以下", 1000, qualifier="max"),          # 家庭年医疗费用: 年 is no period word (每年 is)
    M("1000-5000元", (1000, 5000)),
    M("5001-20000元", (5001, 20000)),
    M("2万元以上", 20000, qualifier="min"),
    # 5分为非常满意, 1分为非常不满意 and the rating scale 5 4 3 2 1: scores, no mentions
    T("12个月", 12, "month"),                       # 过去12个月内: 内 is not a qualifier
    C("0次", 0, "time"),                            # a count of zero (set precedent: 跑动次数 0次)
    C("1次", 1, "time"),                            # digit 1, not the lone 一 (a draft had 1-2次, 3-5次: count ranges,
    C("2次", 2, "time"),                            # which the guidelines define for money and durations only; rewritten)
    C("3次及以上", 3, "time", qualifier="min"),
    # 一项医保业务: the lone 一
    T("15分钟以内", 15, "minute", qualifier="max"),
    T("15-30分钟", (15, 30), "minute"),
    T("30-60分钟", (30, 60), "minute"),             # a draft had 30分钟-1小时 (a range across two units); rewritten
    T("1小时以上", 1, "hour", qualifier="min"),
    P("约70%", 0.7, qualifier="approx"),
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),             # 每人每年400元
    T("三年", 3, "year"),                           # 已连续三年上调: 三, not the lone 一
    R("云南", YN, in_org=True),                     # “云南医保”APP
    # 国家医保服务平台APP: no place
    R("曲靖市", QJ),                                # 对曲靖市医疗保障工作: a place before a topic (工作), not the 局
    # 扫描二维码: 二维码 (a QR code) is no number; 各县(市、区): no place named
    D("2025年度", "2025"),
    P("91.6%", 0.916),
    P("2.3个百分点", 0.023, points=True),           # 较上年: no date
    PH("0874-3125790"),                             # 曲靖's 0874 with a 7-digit local number
    E("qjyb_myd@qujing-yb.example.cn"),
    R("曲靖市", QJ, in_org=True),                   # signature
    D("2026年2月25日", "2026-02-25"),
]
