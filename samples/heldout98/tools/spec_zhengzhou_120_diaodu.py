from gold_lib import *

ZZ, HN, JS, HJ, ZM = "410100", "410000", "410105", "410108", "410122"   # 郑州市, 河南省, 金水区, 惠济区, 中牟县
SPEC = [
    R("郑州", ZZ),                                  # 郑州120: a place before a service's name (call 5)
    PH("120"),
    C("超过3000次", 3000, "time", qualifier="min"), # 每天接警超过3000次: counts take no period
    T("12分钟", 12, "minute"),
    R("郑州", ZZ, in_org=True),                     # 郑州日报讯: a newspaper
    D("2025年11月18日", "2025-11-18"),
    # 凌晨2点: a time of day
    R("郑州市", ZZ, in_org=True),                   # 郑州市紧急医疗救援中心
    C("30个", 30, "item"),
    R("郑州", ZZ),                                  # "您好,郑州120": call 5
    PH("120"),
    # 李静一边 / 一边 / 一处: lone 一
    R("金水区", JS),
    R("郑州市", ZZ, in_org=True),
    DR("1-10月", "--01", "--10"),                   # 今年1-10月: 今年 is not part of it
    R("郑州", ZZ),
    PH("120"),
    C("98.6万次", 986000, "time"),
    C("3243次", 3243, "time"),                      # 日均接警3243次
    P("12.5%", 0.125),
    # 41.2万车次: 车次 (a vehicle trip) is no classifier: 车 stands between the number and 次 (call 3)
    C("38.7万人次", 387000, "person"),
    C("126个", 126, "item"),
    # 救护车420辆, 36辆, 今年新增120辆: 辆 is no classifier (earlier sets): nothing, and 120辆 is no phone
    T("不超过1分钟", 1, "minute", qualifier="max"),
    T("12分钟", 12, "minute"),
    D("2023年", "2023"),
    T("3分钟", 3, "minute"),
    T("24小时", 24, "hour"),                        # 24小时值守: a duration (call 6)
    T("12小时", 12, "hour"),                        # 每个班次12小时
    C("20名", 20, "person"),
    C("85人", 85, "person"),
    R("惠济区", HJ),
    R("中牟县", ZM),
    # 新建急救站: 新建 (to build) is a verb, not 南昌's 新建区
    C("8个", 8, "item"),
    # 确保城区急救半径: 城区 is a word (the urban area), no place
    # 不超过5公里, 不超过10公里: distances, nothing (call 2)
    # 一辆: lone 一; 豫A·T1200急: a vehicle plate (the 1200 is no number of anything)
    C("11次左右", 11, "time", qualifier="approx"),  # 每天出车11次左右
    # 一天: lone 一
    C("超过20次", 20, "time", qualifier="min"),
    P("35%", 0.35),                                 # 约有35%: 有 stands between
    PH("120"),                                      # "120不是咨询热线"; 生命通道, 绿色通道 below: 通道 is a word, not 通道县
    PH("12393"),
    PH("0371-67981120"),
    R("河南省", HN, in_org=True),                   # 河南省人民医院
    R("郑州", ZZ, in_org=True),                     # 郑州大学第一附属医院
    C("58家", 58, "institution"),
    T("15-20分钟", (15, 20), "minute"),
    # 《一通120电话背后的12分钟》: 一通 lone 一; 120 and 12分钟 inside a title are annotated like any text
    PH("120"),
    T("12分钟", 12, "minute"),
]
