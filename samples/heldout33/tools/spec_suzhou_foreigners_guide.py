from gold_lib import *

SZ, GS, KS, TC, CS, ZJG = "320500", "320508", "320583", "320585", "320581", "320582"
SPEC = [
    R("苏州市", SZ),                                # 苏州市外籍人员参加…办事指南: a place before a topic, no in_org
    # English lines: only the guidelines' forms count (set 10 call 2): Suzhou, Gusu District, Kunshan …,
    # six months, three months, 5 working days, 460 yuan, CNY 300,000, RMB 200, RMB 1,500, (2026), the 1st,
    # 9 am – 5 pm, 2F, 2-inch are no mentions; ISO dates, percents, phone numbers, e-mail and URL are.
    R("苏州市", SZ, in_org=True),                   # 发布单位:苏州市医疗保障局
    D("2025-08-20", "2025-08-20"),                  # 更新日期 (main article: no role)
    # 一、…六、 and 1.…4.: list numbers
    R("苏州市", SZ),                                # 在苏州市依法就业
    R("苏州市", SZ),                                # 在苏州市连续居住满6个月
    T("6个月", 6, "month"),                         # 满6个月: 满 is no qualifier
    P("7%", 0.07),
    P("2%", 0.02),
    P("7%", 0.07),                                  # English line: the employer pays 7%
    P("2%", 0.02),
    D("2026年度", "2026"),
    M("每年460元", 460, period="year"),             # 每人每年460元: 每人 is no period (set 1 call 2)
    M("每年400元", 400, period="year"),
    M("每年240元", 240, period="year"),             # 按每人每年240元缴纳
    DR("每年9月1日至12月20日", "--09-01", "--12-20", recurring="yearly"),
    T("3个月", 3, "month"),                         # 取得居留证件后3个月内: 内 is not a qualifier
    # 1 September to 20 December, within three months: English, nothing
    # 一级/二级/三级医疗机构: hospital levels
    P("85%", 0.85),
    P("75%", 0.75),
    P("60%", 0.6),
    M("30万元", 300000),                            # 年度最高支付限额30万元: 支付限额 between 最高 and the amount
    P("85%", 0.85),                                 # English line
    P("75%", 0.75),
    P("60%", 0.6),
    M("200元", 200),                                # 起付标准200元
    P("50%", 0.5),
    M("1500元", 1500),
    P("50%", 0.5),                                  # English: 50% reimbursed; RMB 200 / RMB 1,500: no 元, nothing
    D("次月1日起", "---01", relative_to="next_month", qualifier="from"),   # 自缴费次月1日起
    T("超过3个月", 3, "month", qualifier="min"),
    T("3个月", 3, "month"),                         # 设3个月等待期
    # English: the 1st of the month, more than 3 months, a 3-month waiting period: nothing
    D("2026-01-01", "2026-01-01"),                  # take effect on 2026-01-01: an ISO date inside English (set 10 call 2)
    C("1份", 1, "piece"),                           # 复印件1份: digit 1, not the lone 一 (set 1 call 13)
    C("1张", 1, "piece"),                           # 银行卡1张
    # 两寸: 寸 a length unit, no mention; 2-inch: English
    C("2张", 2, "piece"),
    R("苏州市", SZ, in_org=True),                   # 苏州市政务服务中心医保窗口
    R("苏州市姑苏区", GS),                          # address: one chain; 三香路998号, 2楼B区: road, house number, floor
    R("昆山市", KS),                                # 昆山市、…参保人员: places before people, no body
    R("太仓市", TC),
    R("常熟市", CS),
    R("张家港市", ZJG),
    T("5个工作日", 5, "workday"),                   # 5个工作日内办结: 内 is not a qualifier
    PH("0512-65231234"),                            # 9:00-17:00: times
    m("phone", "+86 512 6523 1234", "+8651265231234", kind="fixed", area_code="0512", area_city="苏州市"),
                                                    # the international form, as written (set 10 call 3, set 24)
    PH("12345"),
    PH("12345"),                                    # English line: Government hotline: 12345; 请按3 / press 3: a key, nothing
    E("foreigners@suzhou-yb.example.cn"),
    U("https://ybj.suzhou.example.gov.cn/en"),
]
