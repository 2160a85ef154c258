from gold_lib import *

WH, XX = "410781", "410700"                         # 卫辉市, 新乡市
SPEC = [
    R("卫辉市", WH, in_org=True),                   # 卫辉市卫生健康委员会
    # 卫卫健〔2025〕41号: a document number
    # 我市; 唐庄镇、后河镇、狮豹头乡、太公镇: townships, no places; 积水…2.5米: metres, nothing
    R("新乡市", XX, in_org=True),                   # 新乡市卫生健康委员会
    C("两次", 2, "time"),                           # 每天两次: 每天 is a period word for money only
    C("3次", 3, "time"),                            # 每日消毒3次
    D("8月5日", "--08-05"),                         # 截至8月5日
    # 186万平方米: square metres, no unit of ours
    C("1320人次", 1320, "person"),
    # 12.5吨: tonnes; 84消毒液: a product's name; 3600瓶: 瓶 is not on the classifier list, nothing
    # 75%酒精: a strength in a product's name
    # 每日16时前: a time of day (前 touches the hour)
    T("3天", 3, "day"),                             # 3天内
    C("5例以上", 5, "case", qualifier="min"),
    T("2小时", 2, "hour"),                          # 2小时内
    # 市疾控中心, 我市: no places
    P("60%", 0.6),                                  # 提高至60%
    M("超过2000元", 2000, qualifier="min"),         # 超过 is on the shared list and touches
    P("50%", 0.5),
    M("每人次不超过40元", 40, period="time", qualifier="max"),   # 每人次 → time; period and qualifier together
    C("6支", 6, "piece"),                           # 6支防疫应急小分队
    C("不少于5人", 5, "person", qualifier="min"),   # 每队: 每 + a noun, not part of it
    T("24小时", 24, "hour"),                        # 24小时待命
    # 8时至20时: times of day
    DR("2025年8月3日起至8月31日", "2025-08-03", "2025-08-31"),   # 自…起至…止: 止 stays outside (set 74)
    T("约4周", 4, "week", qualifier="approx"),
    PH("0373-4412345"),
    PH("0373-4416789"),
    PH("0373-4412300"),                             # 传真: a fax is a fixed line (earlier sets)
    E("whwjw_fy@example.cn"),
    R("卫辉市", WH, in_org=True),                   # signature
    D("2025年8月3日", "2025-08-03"),
]
