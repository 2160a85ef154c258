from gold_lib import *

SZ, GS = "320500", "320508"                           # 苏州市, 姑苏区
SPEC = [
    D("2025年", "2025"),                              # 指南(2025年版): a year with 年 (set 8 call 7)
    # (2025 Edition): an English year without 年, nothing
    R("苏州市", SZ, in_org=True),                     # 苏州市医疗保障局
    D("2024-12-20", "2024-12-20"),                    # 发布日期: a plain date (no related block)
    # Date: 20 December 2024: an English date, no form of the guidelines (set 10 call 2): nothing
    # 一、 section number
    R("苏州市", SZ),                                  # 在苏州市依法取得工作许可: plain
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    R("昆山市", "320583"), R("太仓市", "320585"),
    # 1. Who should enrol: list number; Suzhou, Kunshan, Taicang, "From 1 January 2025": English, nothing (call 1)
    P("7%", 0.07), P("2%", 0.02),
    M("每月4,494元", 4494, period="month"),
    M("每月24,042元", 24042, period="month"),        # 上限为 stands before 每月: no qualifier (上限 does not touch)
    M("每年380元", 380, period="year"),
    # 2. Contributions
    P("7%", 0.07), P("2%", 0.02),                     # percents in English lines are mentions (set 10 call 2)
    # CNY 4,494, CNY 24,042, RMB 380: a currency code before the number is no unit of the guidelines (call 2)
    M("380元/年", 380, period="year"),                # (380元/年) inside the English line: a Chinese form, a mention
    # 三、 三级医院: a hospital grade
    M("1,500元", 1500),
    P("85%", 0.85), P("90%", 0.9),
    M("800元以上", 800, qualifier="min"),
    P("70%", 0.7),
    M("50万元", 500000),                              # 年度最高支付限额为50万元: 为 stands between, no qualifier
    # 3. Benefits: CNY 1,500 / RMB 800 nothing (call 2)
    P("85%", 0.85), P("90%", 0.9), P("70%", 0.7),
    M("¥500,000", 500000),                            # ¥ is the unit written before the number (sets 4, 19; call 3 as corrected)
    T("30日", 30, "day"),                             # 入职之日起30日内 (内 is no qualifier)
    T("6个月", 6, "month"),                           # 满6个月后 (满 and 后 outside, as 30日后)
    T("3个工作日", 3, "workday"),
    # 4. Time limits: 30 days, 6 months, 3 working days: English, nothing
    D("2025年度", "2025"),
    DR("2025年1月1日至3月31日", "2025-01-01", "2025-03-31"),
    DR("每月1日至20日", "---01", "---20", recurring="monthly"),
    D("次月1日起", "---01", relative_to="next_month", qualifier="from"),
    # 5. Enrolment window: "The 2025 window", "Jan. 1, 2025 to Mar. 31, 2025": nothing (call 1)
    D("2025-01-01", "2025-01-01"),                    # ISO dates in English text are the guidelines' form;
    D("2025-03-31", "2025-03-31"),                    # "to" is no range mark of the guidelines: two dates (call 4)
    # "the 1st to the 20th of each month": English ordinals, nothing
    PH("12393"),                                      # (外语服务请按3): a menu key, nothing
    R("姑苏区", GS, in_org=True),                     # 姑苏区医保服务大厅: a facility's name
    PH("0512-65223456"),
    R("苏州市姑苏区", GS),                            # address chain; 三香路58号1楼, 邮编215000: nothing
    E("foreign.yb@suzhou-hsa.example.cn"),
    U("https://ybj.suzhou.example.gov.cn/en"),
    # 6. Contact
    PH("12393"),                                      # (press 3 for English): nothing
    m("phone", "+86-512-6522 3456", "+8651265223456", kind="fixed", area_code="0512",
      area_city="苏州市"),                            # international form (set 10 call 3, set 24)
    # 1F, 58 Sanxiang Road, Gusu District, Suzhou 215000: English address, floor, postcode: nothing
    E("foreign.yb@suzhou-hsa.example.cn"),
    U("https://ybj.suzhou.example.gov.cn/en"),
]
