from gold_lib import *

NT, JS = "320600", "320000"                          # 南通市, 江苏省
SPEC = [
    R("南通市", NT, in_org=True),                    # 南通市医疗保障局关于…的公告
    D("2026年", "2026"),                             # 2026年元旦、春节期间: 元旦/春节 holidays, no dates (call 2)
    D("2025-12-26", "2025-12-26"),                   # 发布时间; 09:30 a time
    R("南通市", NT, in_org=True),                    # 来源:南通市医疗保障局; 浏览次数:4127 a counter
    D("2026年", "2026"),                             # 国务院办公厅关于2026年部分节假日安排
    # 一、元旦: a holiday, no date
    DR("2026年1月1日至3日", "2026-01-01", "2026-01-03"),
    T("3天", 3, "day"),                              # 共3天
    D("1月4日", "--01-04"),                          # (星期日): a weekday, nothing (call 4)
    D("1月5日起", "--01-05", qualifier="from"),
    # 二、春节: a holiday
    D("2月15日", "--02-15"),                         # 2月15日(农历腊月二十八)至2月23日(正月初七): the bracket splits the
    D("2月23日", "--02-23"),                         #   range, so two dates (call 5); the lunar days are no dates (call 3)
    T("9天", 9, "day"),                              # 共9天
    D("2月14日", "--02-14"),                         # (星期六)
    D("2月28日", "--02-28"),                         # (星期六)
    # 春节前后: a holiday, no date; 前后 touches no date
    # 腊月二十三(小年)至除夕: lunar, no dates; 18:00 a time; 延长 (延长服务时间): a verb, not 延长县
    D("2月24日", "--02-24"),                         # 正月初八(2月24日)起: 起 after the bracket does not touch
    # 三、
    R("江苏", JS, in_org=True),                      # "江苏医保云"APP
    R("南通", NT, in_org=True),                      # "南通医保"微信公众号
    R("江苏", JS, in_org=True),                      # 江苏政务服务网 (a site's name)
    T("24小时", 24, "hour"),
    # 节假日: no number
    C("37项", 37, "item"),
    T("1个工作日", 1, "workday"),                    # 1个工作日内: 内 outside; digit 1, no lone 一
    # 四、
    R("崇川区", "320613"),                           # (崇川区工农路): an address; the road 工农路 is no place (工农 not 工农区)
    # 周一至周五 8:30—12:00, 13:30—17:00, 每周六 9:00—12:00: weekdays and times, nothing (call 4)
    R("海门区", "320614"),
    R("通州区", "320612"),                           # 南通's 通州区 (not 北京's 110112): the article's city
    R("如皋市", "320682"),
    R("海安市", "320685"),
    # 五、, 1.…4.: list numbers
    D("2026年度", "2026"),
    D("2025年12月31日截止", "2025-12-31", qualifier="until"),   # 截止 is an until word of the guidelines
    DR("2026年1月1日至3月31日", "2026-01-01", "2026-03-31"),
    T("3个月", 3, "month"),                          # 3个月等待期
    DR("每月1—5日", "---01", "---05", recurring="monthly"),
    # 国庆期间: a holiday, no date
    D("2026年10月31日", "2026-10-31"),               # 有效期至…: 至 a preposition (one date)
    # 春节期间, 节后: holidays, no dates
    T("5个工作日", 5, "workday"),                    # 节后5个工作日内: 内 outside
    PH("0513-85096321"),
    PH("0513-85096322"),
    PH("12393"),
    R("南通市", NT, in_org=True),
    D("2025年12月26日", "2025-12-26"),
]
