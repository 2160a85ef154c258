from gold_lib import *

SR = "361100"                                      # 上饶市
XZ, GF, GX, PY, WY = "361102", "361103", "361104", "361128", "361130"   # 信州区, 广丰区, 广信区, 鄱阳县, 婺源县
SPEC = [
    R("上饶市", SR),                               # title 上饶市长期护理保险…: a place before a programme (市 + 长期, not 市长)
    R("上饶市", SR, in_org=True),                  # 上饶市医疗保障局
    D("2025年4月18日", "2025-04-18"),
    R("上饶市", SR, in_title=True),                # 《上饶市长期护理保险制度试点实施方案》: a topic, no org
    D("2025年", "2025"),                           # 2025年第一季度: 第一季度 is an ordinal period, nothing
    C("326名", 326, "person"),
    # 《日常生活活动能力评定量表》(Barthel指数): no place
    # Barthel指数评分40分以下: a score (分) is no mention of any type, and 以下 qualifies nothing
    T("不少于6个月", 6, "month", qualifier="min"),
    # 评分0-20分, 21-40分: scores; 重度失能一级/二级: grades, no counts
    R("信州区", XZ), C("118名", 118, "person"),
    R("广丰区", GF), C("64名", 64, "person"),
    R("广信区", GX), C("72名", 72, "person"),
    R("鄱阳县", PY), C("40名", 40, "person"),
    R("婺源县", WY), C("32名", 32, "person"),
    C("193名", 193, "person"),                     # 重度失能一级193名
    P("59.2%", 0.592),
    C("133名", 133, "person"),
    P("40.8%", 0.408),
    DR("2025年4月18日至4月24日", "2025-04-18", "2025-04-24"),
    T("5个工作日", 5, "workday"),
    # (一)(二)(三): list numbers
    M("每日50元", 50, period="day"),               # 重度失能一级每日50元 (一级 a grade)
    M("每日40元", 40, period="day"),               # 二级每日40元
    # 长护险: 长护 is no place
    P("70%", 0.7),
    M("每月1500元封顶", 1500, period="month", qualifier="max"),   # 封顶 is on the shared list (after)
    T("不少于30小时", 30, "hour", qualifier="min"),   # 每月服务时长不少于30小时: 时长 between 每月 and the qualifier
    T("不少于1小时", 1, "hour", qualifier="min"),     # 每次服务不少于1小时
    M("每月900元", 900, period="month"),           # 按每月900元标准
    T("2年", 2, "year"),                           # 有效期2年
    T("60日", 60, "day"),                          # 期满前60日内: 前 belongs to 期满, 内 outside
    # 全市: no place
    C("27家", 27, "institution"),
    C("11家", 11, "institution"),
    C("9家", 9, "institution"),
    C("7家", 7, "institution"),
    R("上饶县", GX, renamed_from="上饶县"),        # 原上饶县: former name → 广信区 (2019)
    C("2家", 2, "institution"),
    R("广信区", GX),
    R("上饶市", SR, in_org=True),                  # 向上饶市医疗保障局申请复评
    M("每次200元", 200, period="time"),            # 复评费每次200元
    PH("0793-82365127"),
    E("sryb_chx@example.com"),
]
