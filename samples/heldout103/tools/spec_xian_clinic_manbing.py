from gold_lib import *

XA, YT = "610100", "610113"                         # 西安市, 雁塔区
SPEC = [
    R("雁塔区", YT, in_org=True),                   # 雁塔区电子城街道社区卫生服务中心: the clinic's name (breadcrumb); 电子城: no place
    D("2025-05-12", "2025-05-12"),                  # 发布时间 of the main page: a plain date (set 1 call 8)
    # 浏览次数:936: a bare counter
    R("西安市", XA),                                # 西安市城乡居民医保: a programme, not in_org
    # “两病”: no count; 一、二、… and 1. 2. 3. (1)(2)(3): list numbers
    C("3次", 3, "time"),                            # 非同日测量3次: how many times to measure (次 counts, set 29 call 5)
    # ≥140mmHg, ≥90mmHg, 140/90mmHg及以上: blood pressure readings, no unit of ours (及以上 goes with nothing)
    # 7.0mmol/L, 11.1mmol/L: glucose readings, nothing
    T("2小时", 2, "hour"),                          # 餐后2小时
    T("35岁以上", 35, "year", age=True, qualifier="min"),
    T("3个月", 3, "month"),                         # 每3个月随访1次: 每 is no qualifier of a duration
    C("1次", 1, "time"),
    # 一年: lone 一
    C("不少于4次", 4, "time", qualifier="min"),
    T("2周", 2, "week"),                            # 2周内: 内 is not a qualifier
    C("1次", 1, "time"),                            # 每年免费进行1次健康体检 (每年 is no period of a count)
    C("13项", 13, "item"),
    # 5mg, 0.5g: drug strengths, nothing
    C("1次", 1, "time"),                            # 每日1次 (dosage, set 29 call 5)
    C("1片", 1, "piece"),                           # 每次1片: digit 1 is no lone 一 (set 1 call 13)
    C("三次", 3, "time"),                           # 一日三次: 一日 is a lone 一, 三次 the count
    P("60%", 0.6),
    M("350元", 350),                                # 年度限额350元: 年度 is no period word
    M("450元", 450),
    C("6个", 6, "item"),
    # 医患比约为1:1500: a ratio, no percent and no count (约 goes with nothing)
    C("2,318人", 2318, "person"),
    C("867人", 867, "person"),
    R("西安市雁塔区", YT),                          # address: one chain; 电子二路 is a road, 电子城广场 a square
    PH("029-88251736", city="西安市"),              # 029 is shared with 咸阳: the article's city
    # 周一至周五 8:00-12:00: weekdays and times
    T("近1个月", 1, "month", qualifier="approx"),   # 近 is on the shared list (approx)
    T("65岁以上", 65, "year", age=True, qualifier="min"),
    C("不超过2次", 2, "time", qualifier="max"),     # 每月上门服务不超过2次: 每月 does not touch
]
