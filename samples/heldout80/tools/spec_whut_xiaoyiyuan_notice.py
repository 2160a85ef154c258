from gold_lib import *

WH, HB = "420100", "420000"                         # 武汉市, 湖北省
SPEC = [
    R("武汉", WH, in_org=True),                     # 武汉理工大学 (title)
    # 2025—2026学年秋季学期: no 年 after a year (set 72 call 3), a term: nothing
    D("2025年9月3日", "2025-09-03"),
    # 点击:2846: a counter
    # 马房山校区(东院): no division (房山, 北京's 房山区, is part of a longer name); 3号楼102室, 3号楼205室: building and room numbers (call 2)
    # 8:00-12:00、14:30-17:30, 8:30-11:30: times of day
    # 南湖校区 ×2: 南湖 is the short name of 嘉兴's 南湖区, but here a lake and campus in 武汉: no place (call 1)
    # 5栋一楼, 5栋102室: a dorm block, floor and room; 8:00-21:00: times; 日照 in 节假日照常: part of words
    # 余家头校区: no division
    PH("120"),
    PH("027-87651120"),
    # 第1周至第3周: ordinal weeks, no range of anything (call 2); 周至 (周至县) across 周 and 至: no place
    DR("9月8日至9月26日", "--09-08", "--09-26"),
    T("约30分钟", 30, "minute", qualifier="approx"),
    R("武汉市", WH),                                # 武汉市城乡居民医保: a programme, plain
    P("70%", 0.7),
    M("600元", 600),                                # 每人每年门诊报销限额600元: 门诊报销限额 between 每年 and the amount
    # 华中科技大学同济医学院附属协和医院: 华中, 同济, 协和 are no divisions
    R("武汉", WH, in_org=True),                     # 武汉大学人民医院
    P("50%", 0.5),
    # 一级医院, 三级医院: levels
    M("200元", 200),
    P("90%", 0.9),
    M("800元", 800),
    P("70%", 0.7),
    M("超过300元", 300, qualifier="min"),          # 每次门诊药费超过300元: 门诊药费 between 每次 and the amount: no period
    C("1份", 1, "piece"),                           # 学生证复印件1份
    C("1份", 1, "piece"),                           # 各1份
    T("30天", 30, "day"),                           # 30天内: 内 is not a qualifier
    # 计算机2301班, 自动化2502班: class names (call 2)
    C("不超过40人", 40, "person", qualifier="max"),
    # 一批: lone 一; 南湖校区12栋, 西院4舍: dorm blocks
    C("6台", 6, "piece"),                           # 共6台: 共 is not a qualifier
    # 课程代码GEH1023: a course code; 第5周: an ordinal week
    C("8次", 8, "time"),                            # 共8次课
    T("2小时", 2, "hour"),                          # 每次2小时: a duration takes no period
    # 1学分: 学分 is no classifier (like 分, a score)
    R("湖北省", HB),                                # 湖北省外生源: like 山东省外患者 (set 33), plain
    P("10个百分点", 0.1, points=True),
    PH("027-87658243"),
    PH("027-87651120"),
    E("xyy-yibao@whut.example.edu.cn"),
    R("武汉", WH, in_org=True),                     # signature 武汉理工大学校医院
    D("2025年9月3日", "2025-09-03"),
]
