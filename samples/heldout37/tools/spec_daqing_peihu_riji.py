from gold_lib import *

DQ, HRB, DG, DEBT, RHL, SET, ZZ = "230600", "230100", "441900", "230624", "230604", "230602", "230621"
SPEC = [
    # 油田老张的博客 > 日志 > 生活随笔: a blog's breadcrumb; 油田 no place
    # 【陪护日记】老伴住院这些天(附报销明细): no number
    D("2025-04-06", "2025-04-06"),                   # post time 2025-04-06 21:13 (21:13 a time of day)
    # 阅读(1382) 评论(27): counters, no unit
    D("3月18日", "--03-18"),                         # entry heading; 星期二 and the weather are nothing
    # -6℃: a temperature (℃ is no unit of any type), nothing; 早上5点多: a time of day
    PH("120"),                                       # 打了120 (service number)
    T("15分钟", 15, "minute"),                       # 不到15分钟: 不到 is not on the shared list
    R("大庆", DQ, in_org=True),                      # 大庆油田总医院 (a hospital)
    M("一万块", 10000),                              # 押金一万块 (一万 is a number, not a lone determiner)
    M("10000.00元", 10000),
    T("71岁", 71, "year", age=True),
    # 我今年74了: no unit, nothing
    R("哈尔滨", HRB),
    R("广东省东莞市", DG),                           # chain (city)
    # 我一个人: lone 一
    D("3月19日", "--03-19"),
    # -2℃: a temperature; 一根血管: lone 一 (根 no classifier)
    P("85%", 0.85),
    # 一个支架: lone 一; 以前一个一万多: 一万多 without a unit is nothing
    M("七百多块", 700, qualifier="min"),             # 多 between the number and its unit: more than (guidelines)
    M("798元", 798),
    T("两个小时", 2, "hour"),                        # 手术做了两个小时
    D("3月21日", "--03-21"),
    M("200块", 200),                                 # 一天200块: 一天 is no period word (每天 is), no period
    R("杜尔伯特蒙古族自治县", DEBT),
    # 两趟: 趟 is no classifier (set 7 call 7); 小王, 老李: people
    # 三级医院: a hospital level
    M("800元", 800),                                 # 起付线是800元
    P("百分之九十", 0.9),
    M("25万元", 250000),                             # 一年最多能报到25万元: 最多 does not touch; 一年: lone 一
    D("3月25日", "--03-25"),
    # 3℃: a temperature; 小半碗, 几天: no number
    D("3月29日", "--03-29"),
    # 5℃
    T("11天", 11, "day"),                            # 一共住了11天
    M("42,386.15元", 42386.15),                      # 总费用
    M("32,517.80元", 32517.8),                       # 统筹支付
    M("0.00元", 0),                                  # 大额(大病)保险支付 0.00元
    M("6,145.93元", 6145.93),                        # 个人自付
    M("3,722.42元", 3722.42),                        # 个人自费
    M("1,500.00元", 1500),                           # 个人账户支付
    M("8,368.35元", 8368.35),                        # 现金支付 (= 10000 - 1631.65; 自付+自费 = 1500 + 8368.35)
    M("1,631.65元", 1631.65),                        # 押金退回
    P("七成", 0.7),                                  # 七成多一点: the percent ends at 成 (set 4 call 4)
    M("一万块", 10000),                              # 不到一万块: 不到 is not on the list
    PH("0459-5815226"),
    PH("12393"),
    R("让胡路区", RHL),
    M("28元", 28),
    # 去年: no date
    M("3块", 3),                                     # 3块钱: 钱 is not part of it
    D("4月6日", "--04-06"),
    # 8℃
    T("三个月", 3, "month"),                         # 吃药三个月
    P("60%", 0.6),                                   # 每月开药的钱门诊能报60%
    R("萨尔图区", SET),
    T("15个工作日", 15, "workday"),
    E("laozhang_yt1954@example.com"),                # 1954 inside the address
    # 评论(27): a counter; 铁人后代, 小刘同学: screen names
    D("2025-04-06", "2025-04-06"),                   # comment time (21:40 a time of day)
    R("肇州县", ZZ),
    M("500元", 500),
    D("2025-04-06", "2025-04-06"),                   # 22:05
    R("东莞", DG),
    # “粤医保”: 粤 is a one-character abbreviation
]
