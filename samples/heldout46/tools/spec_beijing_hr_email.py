from gold_lib import *

BJ = "110000"                                         # 北京市 (a municipality: province level)
SPEC = [
    E("benefits.cn@northwind-pharma.example.com"),    # From: display name <address>
    R("北京", BJ),                                    # 全体北京员工: a place before a people word (set 24 call 4): plain
    # All Beijing Staff: English, nothing
    D("2025年3月3日", "2025-03-03"),                  # (周一) 09:12: a weekday and a time, nothing
    D("2025年度", "2025"),                            # subject line
    D("3月21日前", "--03-21", qualifier="until"),
    D("2025年度", "2025"),
    # 1. list number
    R("北京", BJ),                                    # 北京医保基数调整: a topic, plain
    R("北京市", BJ, in_org=True),                     # 北京市医疗保障局
    R("北京市", BJ, in_org=True),                     # 北京市人力资源和社会保障局 (资源 in 人力资源: a common word, no place)
    D("2025年度", "2025"),
    DR("2025年7月1日至2026年6月30日", "2025-07-01", "2026-06-30"),
    R("北京", BJ),                                    # 北京职工医保: a programme, plain
    M("35,283元/月", 35283, period="month"),         # 上限为 does not touch
    M("6,821元/月", 6821, period="month"),
    P("9.8%", 0.098), P("0.8%", 0.008), P("2%", 0.02),
    M("3元", 3),                                      # 2%+3元
    D("7月份", "--07"),                               # payroll 会在7月份自动调整 (份 is part of it)
    # 一个自然年度: lone 一, nothing
    M("1800元", 1800),
    P("90%", 0.9),
    P("70%", 0.7),                                    # 二三级医院: hospital grades, nothing
    M("最高2万元", 20000, qualifier="max"),
    # 第一次: an ordinal
    M("1300元", 1300),
    # 第二次及以后: an ordinal (及以后 follows no date)
    M("每次650元", 650, period="time"),
    # 2. list number; 平安健康 (carrier): the company word 平安, not 平安区 (set 18 call 3)
    DR("2025/4/1-2026/3/31", "2025-04-01", "2026-03-31"),   # slash dates joined by -: one range
    D("4月1日", "--04-01"),
    P("20%", 0.2), P("10%", 0.1),                     # copay 从20%降到10%: two
    M("上限200元/次", 200, qualifier="max", period="time"),   # 上限 (shared list, before) touches; /次 → time
    P("100%", 1.0),
    M("50万元", 500000),                              # 50万元/人: /人 is no period (每人200元), not in the span
    M("每年3000元", 3000, period="year"),             # 每人每年3000元: 每人 is no period word
    C("1次", 1, "time"),                              # 年度体检每人1次
    T("18岁以下", 18, "year", age=True, qualifier="max"),
    M("每年4,800元", 4800, period="year"),
    # RMB 4,800: a currency code, no unit of the guidelines (call 2); April payroll: nothing
    # 3. Claim deadline; "2024 policy year": a year without 年, nothing
    D("2025年3月21日前", "2025-03-21", qualifier="until"),
    U("https://claims.northwind-care.example.com"),
    # 国贸办公室12层: a floor, nothing
    T("10个工作日", 10, "workday"),
    M("超过5,000元", 5000, qualifier="min"),          # 超过 (shared list, before, min)
    # 4. FAQ
    R("上海", "310000"), R("深圳", "440300"),
    P("10个百分点", 0.1, points=True),
    T("1个月", 1, "month"),                           # 入职满1个月后 (digit 1, not a lone 一: set 1 call 13)
    T("3个月", 3, "month"),                           # 试用期(3个月)
    # Benefit Summary 2025 第2页: a year without 年 and a page number, nothing
    # signature: Northwind Pharma (Beijing) Co., Ltd.: English, nothing
    R("北京", BJ, in_org=True),                       # 北风医药(北京)有限公司: the place inside the company's name
    R("北京市朝阳区", "110105"),                      # address chain (朝阳区 of 北京, not 长春's); 建国门外大街1号,
                                                      # 国贸大厦A座12层, postcode 100004: nothing
    m("phone", "+86 10 6505 1234", "+861065051234", kind="fixed", area_code="010",
      area_city="北京市"),                            # T: international form (call 5)
    m("phone", "+86 139 1088 5678", "+8613910885678", kind="mobile"),   # M: a mobile after +86
    E("vivian.wang@northwind-pharma.example.com"),
]
