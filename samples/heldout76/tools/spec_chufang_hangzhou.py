from gold_lib import *

ZJ, HZ, SC = "330000", "330100", "330102"       # 浙江省, 杭州市, 上城区
SPEC = [
    R("浙江省", ZJ, in_org=True),                   # 浙江省中医院
    R("浙江", ZJ, in_org=True),                     # (浙江中医药大学附属第一医院)
    # 门诊号:2025110708213: a number with no unit
    R("杭州市", HZ),                                # 职工医保(杭州市本级): a place before a programme's pool, plain
    T("46岁", 46, "year", age=True),
    D("2025年11月7日", "2025-11-07"),
    R("杭州市上城区", SC),                          # address chain; 湖滨街道: a street (湖滨 is also 三门峡's 湖滨区: not here)
    # The herbs: 黄芪15g 党参12g 炒白术10克 茯苓15g 当归10克 陈皮6g 法半夏9g 木香6g 砂仁3g 炙甘草5g:
    # weights (g, 克) are quantities in other units, not mentions of any type (guidelines, count; set 13 `5克`) (call 1)
    # 大枣3枚: 枚 is not a classifier of the guidelines
    C("3片", 3, "piece"),                           # 生姜3片: 片 is on the piece list; slices are counted pieces (call 3)
    # 共7剂, 每日1剂: 剂 is no classifier (set 75 call 4); 水煎服: no number
    C("2次", 2, "time"),                            # 每剂煎2次: a dosage count (set 29 call 5)
    T("半小时", 0.5, "hour"),                       # 早晚饭后半小时
    # 200ml: a volume, nothing
    T("7天", 7, "day"),                             # 连服7天后复诊: like 30日后 → 30日
    # 可再服7剂: nothing
    T("2~4周", (2, 4), "week"),                     # 总疗程2~4周
    # 每次6g: a weight, nothing
    C("2次", 2, "time"),                            # 每日2次: the count, 每日 outside (set 29 call 5)
    C("2盒", 2, "piece"),                           # 共2盒
    # 每盒10袋: 袋 is no classifier (set 57 call 2)
    # 1. 2. 3.: list numbers; 每晚11点前: a time of day
    C("3次以上", 3, "time", qualifier="min"),       # 腹泻每日3次以上
    T("30分钟", 30, "minute"),                      # 先用冷水浸泡30分钟
    T("20~25分钟", (20, 25), "minute"),
    # 第二煎: an ordinal
    T("15分钟", 15, "minute"),
    # 后下药2味: 味 (a herb in a formula) is not a classifier of the guidelines
    # 第一煎: an ordinal
    T("5分钟", 5, "minute"),                        # 结束前5分钟放入: 前 belongs to 结束前 (before the end) and stands before the number: no qualifier
    M("2元", 2),                                    # 代煎每剂加收2元: 每剂 is 每 + 剂, no period; 加收 between anyway
    # 分装2袋: 袋, nothing
    M("38.60元", 38.6),                             # 每剂38.60元: 每 + 剂 is no period (set 23 `每剂2元`)
    # ×7剂: nothing
    M("270.20元", 270.2),
    M("2元", 2),                                    # 每剂2元 (no period)
    M("14元", 14),                                  # ×7剂=14元
    M("284.20元", 284.2),
    M("189.14元", 189.14),
    P("70%", 0.7),
    M("95.06元", 95.06),
    T("3日", 3, "day"),                             # 本处方3日内有效: 内 is not on the qualifier list
    PH("0571-87068136"),                            # (工作日8:00-17:00): 工作日 with no number, times
    R("浙江省", ZJ),                                # 浙江省内: the place; 省内 is no part of it
    M("200元", 200),                                # 满200元包邮: 满 is not on the list
    T("1至2个工作日", (1, 2), "workday"),
    R("浙江省", ZJ, in_org=True),                   # 浙江省中医院药剂科
    U("https://www.zjszyy.example.com"),
]
