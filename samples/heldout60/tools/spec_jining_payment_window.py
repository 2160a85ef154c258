from gold_lib import *

JN, SD = "370800", "370000"                          # 济宁市, 山东省
SPEC = [
    R("济宁市", JN, in_org=True),                    # 济宁市医疗保障局
    R("济宁市", JN, in_org=True),                    # 国家税务总局济宁市税务局
    D("2026年度", "2026"),                           # title
    # 济医保发〔2025〕31号: a document number; 济 one character
    # 各县(市、区): no place
    R("山东省", SD, in_title=True, in_org=True),      # 《山东省医疗保障局关于…》
    D("2026年度", "2026"),
    D("2026年度", "2026"),                           # 我市2026年度…
    # 一、: list number
    D("2026年度", "2026"),
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    # 今年: a relative word, no date; 去年同期: no date (call 1)
    T("半个月", 0.5, "month"),                       # 提前了半个月 (like 半年)
    M("每年400元", 400, period="year"),              # 每人每年400元: 每人 is no period
    D("2025年度", "2025"),
    M("20元", 20),
    M("每年不低于700元", 700, period="year", qualifier="min"),
    DR("2026年1月1日至12月31日", "2026-01-01", "2026-12-31"),
    D("12月31日前", "--12-31", qualifier="until"),
    DR("1月1日至2月28日", "--01-01", "--02-28"),     # 次年1月1日至2月28日: 次年 outside (call 1)
    T("3个月", 3, "month"),                          # 等待期3个月
    # 二、, (一)…(四): list numbers
    DR("9月1日—9月30日", "--09-01", "--09-30"),      # em dash as the range mark
    D("10月8日", "--10-08"),                         # 10月8日(星期三)起: the weekday in brackets stands between, 起 does not touch
    DR("11月1日至11月30日", "--11-01", "--11-30"),
    D("11月20日前", "--11-20", qualifier="until"),   # 最迟于…: 于 a preposition
    D("12月中旬", "--12", qualifier="approx"),
    D("12月25日以后", "--12-25", qualifier="from"),
    DR("每年9月至12月", "--09", "--12", recurring="yearly"),
    # 以后年度: no number; 国庆期间, 元旦后: holidays, no dates (call 2)
    # 三、, 1., 2., 3.: list numbers
    R("山东", SD, in_org=True),                      # "爱山东"APP: an app's name
    R("山东", SD, in_org=True),                      # "山东税务"微信公众号
    R("济宁", JN, in_org=True),                      # "济宁医保"小程序
    T("24小时", 24, "hour"),
    # 工作日9:00—17:00: times of day, 工作日 with no number; (周一至周五): weekdays (call 4)
    D("12月", "--12"),                               # 12月最后一个周末: 一个 lone 一, 周末 nothing
    R("济宁", JN, in_org=True),                      # 济宁银行 (a bank); 农业银行: no place
    D("每月15日", "---15", relative_to="every_month"),
    D("当月25日前", "---25", relative_to="current_month", qualifier="until"),
    # 四、
    D("10月底前", "--10", qualifier="until"),        # 底前 → until
    D("11月15日前", "--11-15", qualifier="until"),
    P("85%以上", 0.85, qualifier="min"),
    D("12月31日前", "--12-31", qualifier="until"),
    P("95%以上", 0.95, qualifier="min"),
    R("任城区", "370811"),
    R("兖州区", "370812"),
    R("曲阜市", "370881"),
    R("邹城市", "370883"),
    C("12个", 12, "item"),                           # 12个县(市、区)
    # 每周五前: a weekday, no date (call 4); 每季度末通报一次: no number, lone 一
    # 截至目前: no date (call 1)
    C("286.4万人", 2864000, "person"),
    T("90天", 90, "day"),                            # 出生后90天内: 内 outside
    T("3个月", 3, "month"),                          # 3个月内: 内 outside
    PH("0537-2968123"),
    PH("12393"),
    E("jnybjzjf@example.com"),
    R("济宁市", JN, in_org=True),
    R("济宁市", JN, in_org=True),
    D("二〇二五年八月二十日", "2025-08-20"),
]
