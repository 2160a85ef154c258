from gold_lib import *

LY, XG = "410300", "410303"                        # 洛阳市, 西工区
SPEC = [
    R("洛阳", LY, in_org=True),                     # 洛阳华明眼科医院 (title)
    # "光明行动", "银龄光明": 光明 (a short name of 深圳's 光明区) is a common word here, no place
    R("洛阳市", LY, in_org=True),                   # 洛阳市卫生健康委员会
    R("洛阳市", LY, in_org=True),                   # 洛阳市医疗保障局西工区分局: the bureau's name …
    R("西工区", XG, in_org=True),                   # … and its branch office's (医疗保障局 stands between: two mentions)
    DR("2025年9月1日至11月30日", "2025-09-01", "2025-11-30"),
    # 一、…五、: section numbers
    R("洛阳市", LY),                                # 洛阳市户籍: a topic
    R("洛阳", LY),                                  # 在洛阳参加基本医疗保险
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    C("5000人次", 5000, "person"),
    # 视力低于0.5: visual acuity, a bare number (低于 is not on the list either)
    C("4项", 4, "item"),
    M("约260元", 260, qualifier="approx"),
    T("1.5小时", 1.5, "hour"),                      # 约需1.5小时: 需 stands between 约 and the number
    P("50%", 0.5),
    M("1500元", 1500),                              # 最高减免1500元: 减免 stands between
    M("6000元", 6000), M("8000元", 8000),           # 6000元至8000元: two units, two amounts
    P("约70%", 0.7, qualifier="approx"), P("75%", 0.75),   # 约70%至75%: two percents
    T("1周", 1, "week"),                            # 术后1周: digit 1 is no lone 一
    T("1个月", 1, "month"),
    T("3个月", 3, "month"),
    # 1. 2.: list numbers; 三楼: a floor
    R("西工区", XG),                                # address (西工区中州中路260号); 260号 a house number
    # 每周一至周五: weekdays, nothing; 8:00-11:30: times
    R("涧西区", "410305"), R("偃师区", "410307"), R("伊川县", "410329"),
    C("9个", 9, "item"),                            # 9个县区
    DR("每月10日至15日", "---10", "---15", recurring="monthly"),
    # 近视500度以上, 散光200度以上: degrees, no unit of any type (以上 makes no mention of them)
    C("3862人", 3862, "person"),
    C("1124例", 1124, "case"),
    C("426位", 426, "person"),
    T("72岁", 72, "year", age=True),
    PH("0379-63312580"),
    PH("13837901234"),
    # 邮编:471000: a postcode
    R("洛阳", LY, in_org=True),                     # signature 洛阳华明眼科医院
    D("2025年8月20日", "2025-08-20"),
]
