from gold_lib import *

GL, GX, LG, LC, YS, XF = "450300", "450000", "450312", "450323", "450321", "450302"
# 桂林市, 广西壮族自治区, 临桂区, 灵川县, 阳朔县, 秀峰区
GD, HN = "440000", "430000"                         # 广东省, 湖南省
SPEC = [
    R("桂林市", GL),                                # 桂林市2025年度…通知汇编: a place before a topic, no org
    D("2025年度", "2025"),
    R("桂林市", GL, in_org=True),                   # (桂林市医疗保障局宣传科整理…); 各县区: no place
    R("桂林", GL, in_org=True),                     # 【桂林医保】: an SMS sender's signature (set 3 call 14)
    D("2025年度", "2025"),
    DR("2024年9月1日至12月31日", "2024-09-01", "2024-12-31"),
    M("400元", 400),                                # 缴费标准400元/人: /人 is a classifier, no period word (set 6 call 1)
    R("广西", GX, in_org=True),                     # “广西税务”微信公众号 (an account)
    R("桂林", GL, in_org=True),                     # “桂林医保”小程序 (an app)
    PH("12345"),
    # 拒收请回复R: nothing
    R("桂林", GL, in_org=True),                     # 【桂林医保】
    # (尾号3827): the tail of an ID, no unit, no phone
    D("2025年度", "2025"),
    D("12月31日", "--12-31"),                       # 截止12月31日: 截止 BEFORE the date is a preposition like 截至, outside; no qualifier
    # 明年: a relative year, no date (set 6 call 2)
    R("桂林", GL, in_org=True),                     # 【桂林医保】逾期提醒
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    T("3个月", 3, "month"),                         # 补缴后设置3个月待遇等待期
    T("1年", 1, "year"),                            # 连续断缴每多1年: durations have no period; digit 1 (set 1 call 13)
    T("1个月", 1, "month"),                         # 等待期增加1个月
    R("临桂区", LG, in_org=True),                   # 【临桂区医保中心】
    R("临桂区", LG),                                # 临桂区各位居民: a place addressing its residents, no org
    # 区政务服务中心2楼: a floor; 周六: a weekday; (9:00-17:00): times
    PH("0773-5582613"),
    R("灵川县", LC, in_org=True),                   # 【灵川县医保局】
    R("灵川县", LC),                                # 灵川县特困人员: a place before a group of people
    M("200元", 200),                                # 资助标准为每人200元: 每人 is no period word (set 1 call 2)
    M("200元", 200),                                # 自付200元
    R("阳朔县", YS, in_org=True),                   # 【阳朔县医保局】
    D("2024年12月20日前", "2024-12-20", qualifier="until"),
    R("桂林", GL, in_org=True),                     # “桂林惠民保” (an insurance product, set 2 call 5); 惠民 in 惠民保 is no place (惠民县 is in 山东: part of a word)
    M("每年69元", 69, period="year"),               # 保费每人每年69元 (set 1 call 2)
    M("200万元", 2000000),                          # 最高保障200万元: 保障 stands between
    U("https://t.example.cn/Gx8kQ2"),               # a short link: digits inside a URL are nothing
    R("桂林", GL, in_org=True),                     # 【桂林医保】大学生参保; 在桂高校: 桂 a one-character abbreviation
    M("每年400元", 400, period="year"),
    D("2024年11月30日", "2024-11-30"),              # 截止时间为…: no qualifier
    R("广西", GX, in_org=True),                     # 【广西税务】
    D("2025年度", "2025"),
    M("400.00元", 400),
    D("2024-11-05", "2024-11-05"),                  # 缴费时间2024-11-05 17:33: the time is nothing
    # 电子票号20241105173322918: a receipt number, no date, no phone (set 5 call 11)
    R("桂林", GL, in_org=True),                     # ——“桂林医保”小程序通知——
    # 缴费人:李**: nothing
    D("2025年度", "2025"),
    M("400.00元", 400),
    R("桂林市秀峰区", XF),                           # 参保地:桂林市秀峰区 (a chain)
    DR("2025年1月1日至2025年12月31日", "2025-01-01", "2025-12-31"),
    T("4年", 4, "year"),                            # 连续参保满4年后: 满 no qualifier, 后 outside (set 5 call 13)
    M("1万元", 10000),                              # 大病保险最高支付限额提高1万元: 提高 stands between
    # 当年度, 次年: no dates
    M("5000元", 5000),
    T("90天", 90, "day"),                           # 新生儿出生后90天内
    M("400元", 400),
    R("广东", GD),                                  # 在广东、湖南等省份
    R("湖南", HN),
    T("2天", 2, "day"),                             # 最短2天生效: 最短 is not on the shared list
    P("10个百分点", 0.1, points=True),
    PH("12393"),
    PH("139 7735 2048"),                            # a mobile in groups (set 1 call 16)
    D("2024年9月2日", "2024-09-02"),
]
