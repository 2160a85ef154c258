from gold_lib import *

CQ = "500000"
SPEC = [
    R("重庆", CQ),
    D("2024-07-15", "2024-07-15"),                 # 14:20:36: time of day
    C("两类", 2, "kind"),
    R("重庆市", CQ, in_org=True),                   # 重庆市医疗保障局
    R("重庆市", CQ),                                # 重庆市灵活就业人员: a topic, not in_org
    P("11.5%", 0.115), P("10%", 0.1), P("1.5%", 0.015),
    D("2024年度", "2024"),
    M("586元左右", 586, qualifier="approx"),        # 每月缴费586元左右: 每月 does not touch
    M("7032元", 7032),
    DR("每月1日至25日", "---01", "---25", recurring="monthly"),
    T("6个月", 6, "month"),
    T("3个月以内", 3, "month", qualifier="max"),
    T("3个月以上", 3, "month", qualifier="min"),
    D("当月25日前", "---25", relative_to="current_month", qualifier="until"),
    D("次月1日起", "---01", relative_to="next_month", qualifier="from"),
    T("60周岁", 60, "year", age=True), T("55周岁", 55, "year", age=True),
    T("25年", 25, "year"), T("20年", 20, "year"),
    R("重庆", CQ),
    T("不低于10年", 10, "year", qualifier="min"),
    D("2025年度", "2025"),
    DR("2024年9月1日至2月28日", "2024-09-01", "2025-02-28", year_inferred=True),
    D("2025年", "2025"),
    M("每年400元", 400, period="year"),
    R("重庆", CQ, in_org=True),                     # “重庆医保”微信公众号 (“渝快办”: 渝 is a one-character abbreviation)
    PH("12393"),
    T("6个月", 6, "month"),
    P("10个百分点", 0.1, points=True),
    P("90%", 0.9),                                  # 最高可达90%: 最高 does not touch
    P("80%", 0.8),
    R("四川成都", "510100"), R("贵州贵阳", "520100"),
    T("6个月", 6, "month"),
    D("2024年6月底", "2024-06", qualifier="approx"),
    C("1.8万家", 18000, "institution"),
    DR("2024年1-6月", "2024-01", "2024-06"),
    C("15.6万人次", 156000, "person"),
    R("渝中区", "500103"), R("江北区", "500105"),   # 我市 = 重庆 -> 重庆's 江北区, not 宁波's
    P("约三成", 0.3, qualifier="approx"),
    U("https://fuwu.nhsa.gov.cn"),
    R("重庆市", CQ, in_org=True),                   # 重庆市医疗保障事务中心
    PH("023-67702333"),
    # 9:00-12:00, 14:00-17:30: times of day
]
