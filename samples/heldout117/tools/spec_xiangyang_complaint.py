from gold_lib import *

XY, FC, XC = "420600", "420606", "420602"           # 襄阳市, 樊城区, 襄城区
SPEC = [
    R("襄阳", XY),                                  # 襄阳某医院: 某 names no body, plain
    T("19天", 19, "day"),
    M("5000多块", 5000, qualifier="min"),
    R("樊城", FC, in_org=True),                     # 樊城小李爸: a screen name (a proper name)
    D("2025-11-02", "2025-11-02"),                  # 21:47 a time
    R("襄阳", XY, in_org=True),                     # 襄阳论坛: a forum's name (as 武汉吧, set 44 call 6)
    T("78岁", 78, "year", age=True),
    D("9月28日", "--09-28"),
    R("襄阳市", XY, in_org=True),                   # 襄阳市中心医院
    R("樊城", FC),                                  # 樊城那个院区: the district
    # 15病区23床: ward and bed numbers (床 is no classifier; call 3)
    T("24小时", 24, "hour"),
    # 介绍了一家陪护公司: lone 一; 一对一: no count (call 3)
    M("每天220元", 220, period="day"),
    M("每天260元", 260, period="day"),
    M("40元", 40),                                  # 夜班加收40元
    T("19天", 19, "day"),
    M("4940元", 4940),
    M("每天15元", 15, period="day"),
    M("5225元", 5225),
    # 地下停车场B2层: a level's name
    T("30分钟", 30, "minute"),                      # 首30分钟免费: 首 is not part
    M("4元", 4),                                    # 每小时4元: no period (call 1); 一次就要: lone 一
    # 十几块, 十几天: 几 gives no number (vague), nothing
    M("300元左右", 300, qualifier="approx"),
    M("31800元", 31800),
    P("78%", 0.78),
    # 一分钱: lone 一 + 分 (no currency unit 元)
    C("三个", 3, "item"),                           # 三个诉求 (guidelines: 三个 → 3 item)
    # 1. 2. 3.: list numbers
    M("每天40元", 40, period="day"),
    T("19天", 19, "day"),
    M("760元", 760),
    PH("12345"),
    PH("0710-3556123"),
    T("7个工作日", 7, "workday"),
    T("10天", 10, "day"),
    # 2楼 3楼 4楼: floor numbers of the thread
    R("襄城", XC, in_org=True),                     # 襄城老王: a screen name; 襄城区 of 襄阳 (context), not 襄城县 (许昌)
    # 去年; 同济医院: 同济 is no place
    # 一天: lone 一
    M("230块", 230),                                # 一分报不了: lone 一, 分 no currency unit
    # 一分钱: lone 一, 分 is no currency unit here
    # 版主-汉江流: 汉江 is a river, no division
    R("襄阳市", XY, in_org=True),                   # 襄阳市卫生健康委员会
    R("樊城", FC, in_org=True),                     # 樊城小李爸 (4楼); 回复3楼: a floor number
    PH("152 7106 3388"),
]
