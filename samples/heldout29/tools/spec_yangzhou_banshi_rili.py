from gold_lib import *

JS, YZ = "320000", "321000"
GL, HJ, JD, BY, YZH, GY = "321002", "321003", "321012", "321023", "321081", "321084"
SPEC = [
    R("扬州", YZ, in_org=True),                       # 扬州医保 | …: an account's name before | (set 7, session 10 note)
    D("2026年", "2026"),                              # 2026年医保办事日历
    R("扬州市", YZ, in_org=True),                     # 扬州市医疗保障局 (the account's owner on the byline)
    D("2025-12-29", "2025-12-29"),                    # 17:30: a time of day
    R("江苏", JS),                                    # the location tag after the time (set 26 call 6)
    # 新的一年, 一份办事日历: lone 一
    D("1月", "--01"),                                 # 【1月】: a month heading is a date
    D("1月1日起", "--01-01", qualifier="from"),
    D("2026年度", "2026"),
    M("每年420元", 420, period="year"),               # 每人每年420元
    DR("1月1日至3月31日", "--01-01", "--03-31"),      # no 每年: no recurring (set 1 call 9)
    T("3个月", 3, "month"),
    DR("每月1—15日", "---01", "---15", recurring="monthly"),   # em dash (set 26 call 7)
    D("当月16日后", "---16", relative_to="current_month", qualifier="from"),
    # 计入次月: 次月 without a day is no date
    D("2月", "--02"),
    D("2月28日前", "--02-28", qualifier="until"),
    # 各县(市、区): no place
    D("2026年度", "2026"),
    D("3月", "--03"),
    D("3月1日起", "--03-01", qualifier="from"),
    # 第十一批: an ordinal
    P("55%", 0.55),                                   # 平均降价55%
    D("3月份", "--03"),
    R("扬州", YZ, in_org=True),                       # “我的扬州”APP
    DR("4月—6月", "--04", "--06"),                    # 【4月—6月】: a month range heading, em dash
    DR("4月15日至5月15日", "--04-15", "--05-15"),
    M("每年180元", 180, period="year"),               # 每人每年180元
    D("6月30日前", "--06-30", qualifier="until"),
    D("7月", "--07"),
    D("7月1日起", "--07-01", qualifier="from"),
    D("2026年度", "2026"),
    M("4,494元/月", 4494, period="month"),
    M("22,470元/月", 22470, period="month"),
    D("7月份", "--07"),
    D("2027年度", "2027"),
    DR("9月—12月", "--09", "--12"),
    DR("9月1日至12月25日", "--09-01", "--12-25"),
    D("2027年度", "2027"),
    D("10月份", "--10"),
    T("2年", 2, "year"),
    D("12月25日后", "--12-25", qualifier="from"),
    D("2027年", "2027"),
    T("3个月", 3, "month"),
    # 【全年可办】: nothing
    T("30分钟", 30, "minute"),                        # 最快30分钟: 最快 not on the list (set 7 call 4)
    T("6个月", 6, "month"),                           # 6个月内: 内 outside
    T("1年", 1, "year"),
    T("10个月", 10, "month"),                         # 满10个月: 满 outside
    T("15个工作日", 15, "workday"),
    R("扬州市", YZ),                                  # 扬州市辖…
    R("广陵区", GL), R("邗江区", HJ), R("江都区", JD),
    C("3个", 3, "item"),                              # 3个区
    R("宝应县", BY), R("仪征市", YZH), R("高邮市", GY),
    # 各县(市、区): no place
    R("扬州", YZ, in_org=True),                       # “扬州医保”公众号
    PH("0514-87368123"),
    # (工作日8:30-12:00,14:00-17:30): times of day
    PH("12393"),
    # 阅读 2.1万 在看 386 赞 1024: counters without a classifier (set 24 call 5)
]
