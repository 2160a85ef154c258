from gold_lib import *

XM, SM, HL, JM = "350200", "350203", "350206", "350211"   # 厦门市, 思明区, 湖里区, 集美区
SPEC = [
    R("厦门", XM, in_org=True),                  # 厦门大学附属中山医院: 中山 in 中山医院 names Sun Yat-sen, part of the hospital's name, not 中山市 (广东)
    D("2025年11月", "2025-11"),                  # 第2周: an ordinal week, nothing
    D("2025-11-07", "2025-11-07"),               # 发布日期 of the main article: plain date (set 1 call 8); 浏览:1536 a counter
    # 3楼会议室: a floor
    T("约1小时", 1, "hour", qualifier="approx"),
    C("40人", 40, "person"),                     # 每场限40人: 每场 is no period, 限 no qualifier
    D("11月10日", "--11-10"),                    # 周一: a weekday; 上午9:00-10:00: a time range, nothing
    # 《慢性病患者如何用好门诊共济》: no entity in the title
    D("2025年", "2025"),
    R("厦门市", XM),                             # 厦门市职工门诊统筹: a place before a programme, plain; 一级医院: a grade
    P("90%", 0.9),
    M("1万元", 10000),                           # 年度最高支付限额1万元: 支付限额 between 最高 and the amount
    D("11月11日", "--11-11"),                    # 周二 下午2:30-3:30: weekday and times
    T("15年", 15, "year"),                       # 从医15年
    # 250克左右: grams, no unit of any type; 4.4-7.0: bare numbers (mmol/L left out)
    M("每年最高3000元", 3000, period="year", qualifier="max"),   # period and qualifier both touch (set 1 call 3)
    D("11月12日", "--11-12"),                    # 周三 下午3:00
    T("65周岁以上", 65, "year", age=True, qualifier="min"),
    P("约30%", 0.3, qualifier="approx"),
    R("思明区", SM), R("湖里区", HL),
    M("最高5000元", 5000, qualifier="max"),      # 每户最高5000元: 每户 is 每 + a classifier, no period
    D("11月14日", "--11-14"),                    # 周五 上午10:00
    P("10个百分点", 0.1, points=True),
    T("6个月", 6, "month"),
    # “闽政通”APP: 闽 is one character, nothing
    T("约3分钟", 3, "minute", qualifier="approx"),
    D("11月15日", "--11-15"),                    # 周六 8:30-11:30; (门诊楼1楼大厅): a floor
    # 第2、4周周六: ordinal weeks, nothing
    C("50名", 50, "person"),                     # 前50名 (call 1)
    # 控盐勺1把: 把 is not a classifier of the guidelines, nothing
    # 直播间号:26815: a room ID, nothing
    T("30天", 30, "day"),
    R("集美", JM, in_org=True),                  # 集美院区: the hospital's 集美 campus, a facility's name (call 3)
    # 2号楼5楼502室: building, floor, room numbers; 每周四: a weekday
    PH("0592-2292315"),                          # (工作日8:00-17:30): times
    E("jiangtang@example.org"),
    M("5元", 5),                                 # 每小时5元: 每小时 is not a period word of the guidelines (set 10: 8元/小时 no period)
    T("2小时", 2, "hour"),
    R("厦门", XM, in_org=True),                  # 厦门大学附属中山医院健康教育科 (中山: part of the hospital's name, as above)
    R("厦门市思明区", SM),                       # address chain; 湖滨南路201-209号: a road (湖滨 = 湖滨区 of 三门峡 is part of its name) and house numbers; 邮编 361004
]
