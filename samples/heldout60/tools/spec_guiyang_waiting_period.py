from gold_lib import *

GY, GZ = "520100", "520000"                          # 贵阳市, 贵州省
SPEC = [
    # 【医保小课堂】…: no numbers; 一文: lone 一
    R("贵阳", GY, in_org=True),                      # 贵阳医保: the account's name (masthead)
    D("2025-11-05", "2025-11-05"),                   # 18:20 a time
    R("贵州", GZ),                                   # 发表于贵州: the poster's location, a plain place
    # 今天, 明天: relative words, no dates (call 1)
    R("贵阳市", GY, in_org=True),                    # 贵阳市医疗保障局
    # Q1…Q6: labels
    DR("每年9月1日至12月31日", "--09-01", "--12-31", recurring="yearly"),
    # 次年费用: no date
    DR("1月1日至12月31日", "--01-01", "--12-31"),    # 次年1月1日至12月31日: 次年 outside (call 1)
    # 一个完整的自然年度: lone 一; 比如 (for example): a word, not 比如县
    D("2025年10月", "2025-10"),
    D("2026年度", "2026"),
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    # 缴费之日起: no number
    T("3个月", 3, "month"),
    D("2026年3月10日", "2026-03-10"),
    D("6月9日止", "--06-09", qualifier="until"),     # 至6月9日止: 至 a preposition, 止 an until word
    D("6月10日起", "--06-10", qualifier="from"),
    T("4年", 4, "year"),                             # 满4年: 满 is no qualifier word
    T("1年", 1, "year"),                             # 每多连续参保1年: the digit 1 is no lone 一
    T("1个月", 1, "month"),
    T("30天", 30, "day"),                            # 最多减少至30天: 减少至 stands between 最多 and the number
    T("3个月以上", 3, "month", qualifier="min"),     # 断缴3个月以上
    T("不超过3个月", 3, "month", qualifier="max"),
    D("6月30日前", "--06-30", qualifier="until"),    # 当年6月30日前: 当年 outside
    # 参保次月起: 次月 without a day, no date
    T("超过3个月", 3, "month", qualifier="min"),
    # 欠费次月起: no date
    T("30日", 30, "day"),                            # 30日内: a duration, 内 outside
    T("25年", 25, "year"),                           # 男25年
    T("20年", 20, "year"),                           # 女20年
    R("贵阳", GY),                                   # 在贵阳实际缴费: a plain place
    T("10年", 10, "year"),                           # 满10年
    T("90天", 90, "day"),                            # 出生后90天内
    # 出生之日起: no number
    T("超过90天", 90, "day", qualifier="min"),
    D("次月1日起", "---01", relative_to="next_month", qualifier="from"),   # 从缴费次月1日起
    # 在筑高校: 筑 (贵阳) one character, nothing
    DR("每年9月至10月", "--09", "--10", recurring="yearly"),
    D("9月1日起", "--09-01", qualifier="from"),
    D("8月31日止", "--08-31", qualifier="until"),    # 至次年8月31日止: 次年 outside
    # 一样: lone 一
    M("1.5万元", 15000),
    P("60%", 0.6),                                   # 60%—80%: two percents (two % signs)
    P("80%", 0.8),
    # 工作日9:00—12:00、13:30—17:30: times of day (call 4)
    R("南明区", "520102"),
    R("云岩区", "520103"),
    R("观山湖区", "520115"),
    R("白云区", "520113"),                           # 贵阳's 白云区 (not 广州's 440111): the article's city
    # 本周五: a relative weekday, nothing (call 4)
    D("11月7日", "--11-07"),                         # (11月7日) after 本周五
    T("2小时", 2, "hour"),
    PH("0851-85876120"),
]
