from gold_lib import *

NJ, JS, MAS, CZ = "320100", "320000", "340500", "341100"   # 南京市, 江苏省, 马鞍山市, 滁州市
SPEC = [
    R("南京市", NJ, in_org=True),                  # 南京市中医院 (title)
    D("2025-11-03", "2025-11-03"),                  # 发布时间; 09:15 a time; 浏览次数:1426 a counter
    R("江苏省", JS, in_title=True, in_org=True),    # 《江苏省医疗保障局关于…若干措施》 (set 1 call 6: both flags)
    # 苏医保发〔2025〕17号: a document number
    R("南京市", NJ, in_org=True),                   # 南京市医疗保障局
    D("2025年12月1日起", "2025-12-01", qualifier="from"),   # 自…起: 自 is a preposition
    # 一、二、… and 1. 2. 3.: list numbers
    C("826种", 826, "kind"),
    C("312种", 312, "kind"),                        # 其中颗粒剂312种: 剂 in 颗粒剂 is part of a word, 312种 a count
    P("70%", 0.7),
    P("75%", 0.75),
    P("60%", 0.6),
    M("不超过15元", 15, qualifier="max"),           # 每剂不超过15元: 每 + 剂 is no period (sets 23, 75), and 不超过 stands between
    # 不超过7剂, 延长至14剂: 剂 is not a classifier of the guidelines (set 75 call 4): nothing;
    # 可延长至14剂: 延长 is the verb "extend" (延长县 is 延安's), no place
    P("10%", 0.1),                                  # 再减免10%
    DR("2025年12月1日至2026年2月28日", "2025-12-01", "2026-02-28"),
    M("每次35元", 35, period="time"),               # 针灸:每次35元
    M("8元", 8),                                    # 每个部位加收8元: 每个部位 is 每 + classifier, no period
    P("70%", 0.7),
    C("不超过20次", 20, "time", qualifier="max"),   # 每年不超过20次: period words are for money only (set 21 call 6)
    M("每次45元左右", 45, period="time", qualifier="approx"),
    P("65%", 0.65),
    C("10次", 10, "time"),                          # 每个疗程10次
    # 一个疗程: lone 一; 下一疗程: nothing
    T("7天", 7, "day"),                             # 间隔7天方可开始
    C("最多3个", 3, "item", qualifier="max"),       # 每年最多3个疗程: 3个 is a number and a classifier that touch (call 2)
    T("6周岁以下", 6, "year", age=True, qualifier="max"),
    M("每次30元", 30, period="time"),
    # 三伏贴、三九贴: names of 节气-timed plasters, no numbers with units (call 1)
    M("12元", 12),                                  # 每贴12元: 贴 is no period word
    # 三伏天: a season, nothing
    DR("7月中旬至8月中旬", "--07", "--08"),         # a range of 旬-dates (set 60 call 9): month precision, no qualifier
    # 每周三、周六上午: weekdays
    T("15分钟", 15, "minute"),                      # 每次约需15分钟: 需 stands between 约 and the number, no qualifier
    # 门诊楼3楼: a floor number
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    # 门诊一楼: a floor
    R("安徽马鞍山", MAS),                           # a chain: the city
    R("滁州", CZ),
    # 长三角地区: no place; 门诊楼2楼东侧: a floor
    PH("025-86617341"),
    PH("025-86617385"),
    PH("12345"),
    R("南京市", NJ),                                # 南京市政务服务热线: hotline names are not organisations (sets 26, 28)
    E("ybb@njzyy.example.com"),
    U("https://www.njzyy.example.com/yuyue"),
    D("2025年12月1日起", "2025-12-01", qualifier="from"),
    D("2021年7月", "2021-07"),                      # (2021年7月) after a document's title, outside 《》
    R("南京市", NJ, in_org=True),                   # 南京市中医院医保办
    D("2025年11月3日", "2025-11-03"),
]
