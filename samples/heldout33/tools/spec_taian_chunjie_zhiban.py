from gold_lib import *

TA, SD = "370900", "370000"
TS, DY, XT, FC, NY, DP = "370902", "370911", "370982", "370983", "370921", "370923"
SPEC = [
    R("泰安市", TA, in_org=True),                   # 泰安市医疗保障局关于…的公告 (headline)
    D("2026年", "2026"),                            # 2026年春节假期
    D("2026-02-09", "2026-02-09"),                  # 发布时间 (main article: plain); 09:30 a time; 浏览次数:2316 a counter
    # 国务院办公厅: no place
    D("2026年", "2026"),                            # 关于2026年部分节假日安排的通知 (no 《》: no in_title)
    D("2026年", "2026"),                            # 2026年春节假期为…: the year does not touch the range (为 between)
    DR("2月15日至2月23日", "--02-15", "--02-23"),    # yearless range (set 1 call 9)
    T("9天", 9, "day"),                             # 共9天
    D("2月14日", "--02-14"),                        # (星期六): a weekday, nothing
    D("2月28日", "--02-28"),
    # 全市: no place
    C("约386万名", 3860000, "person", qualifier="approx"),
    # 一、…五、: list numbers
    DR("2月15日至2月23日", "--02-15", "--02-23"),
    # 市、县(市、区): no place named
    D("2月24日起", "--02-24", qualifier="from"),
    # 市医疗保障服务中心: no place
    DR("2月18日至2月20日", "--02-18", "--02-20"),
    # 每天9:00-11:30: a time span; 每天 does not make a period for a time
    R("泰安", TA, in_org=True),                     # “泰安医保”微信公众号: an account
    R("山东", SD, in_org=True),                     # 山东医保APP: an app
    # 国家医保服务平台APP: no place
    T("24小时", 24, "hour"),                        # 全天24小时 (set 7 call 4)
    D("2026年度", "2026"),
    D("2026年2月28日", "2026-02-28"),               # 延长至2026年2月28日: a single date, 至 a preposition (set 1 call 15);
                                                    # 延长 (延长县 of 陕西) is a verb here, no place
    M("每年400元", 400, period="year"),             # 每人每年400元
    C("127家", 127, "institution"),
    C("1863家", 1863, "institution"),
    T("不超过3个月", 3, "month", qualifier="max"),  # 一次性: the lone 一
    D("2月13日", "--02-13"),                        # 截至2月13日17:00: 截至 a preposition, 17:00 a time
    D("2月24日起", "--02-24", qualifier="from"),
    T("不少于6个月", 6, "month", qualifier="min"),
    # 省外: no place
    P("20%", 0.2),
    P("10个百分点", 0.1, points=True),              # 高10个百分点
    # the duty table: 单位名称 / 值班电话 / 值班手机, cells separated by U+3000 runs
    R("泰安市", TA, in_org=True),                   # 泰安市医疗保障服务中心
    PH("0538-6221357"),                             # 泰安's 0538 with 7-digit local numbers
    PH("139 5387 2046"),                            # a mobile with inner spaces (set 1 call 16)
    R("泰山区", TS, in_org=True),                   # 泰山区医疗保障局 (a place + office word)
    PH("0538-8263145"),
    R("岱岳区", DY, in_org=True),
    PH("0538-8561029"),
    R("新泰市", XT, in_org=True),
    PH("0538-7251386"),
    R("肥城市", FC, in_org=True),
    PH("0538-3216470"),
    R("宁阳县", NY, in_org=True),
    PH("0538-5629183"),
    R("东平县", DP, in_org=True),
    PH("0538-2836574"),
    PH("12393"),                                    # 全国医保服务热线: 全国 no place
    R("泰安市", TA),                                # 泰安市政务服务便民热线: a place before a programme (set 7 call 5)
    PH("12345"),
    T("3个工作日", 3, "workday"),                   # 3个工作日内: 内 is not a qualifier
    R("泰安市", TA, in_org=True),                   # signature
    D("2026年2月9日", "2026-02-09"),
]
