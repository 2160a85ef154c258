from gold_lib import *

XG, GZ, JX = "360732", "360700", "360000"       # 兴国县, 赣州市, 江西省
SPEC = [
    R("兴国县", XG, in_org=True),                   # 兴国县医疗保障局2025年政府购买服务岗位…公告 (headline)
    D("2025年", "2025"),
    R("兴国县", XG, in_org=True),                   # 兴国县医疗保障局拟通过…
    C("10名", 10, "person"),
    # 一、…六、, 1.…4.: list numbers
    C("6名", 6, "person"),                          # 医保经办窗口岗 6名 (a space before the count, no unit between)
    # (岗位编号XG-YB-01): a post code, nothing
    C("3名", 3, "person"),
    # 潋江镇、长冈乡: townships, no places of the gazetteer
    C("1名", 1, "person"),
    T("18至35周岁", (18, 35), "year", age=True),    # 年龄18至35周岁: one unit, one range (set 1's 1到3个月)
    DR("1990年1月1日至2007年1月1日", "1990-01-01", "2007-01-01"),   # …期间出生: a range of birth dates
    T("40周岁", 40, "year", age=True),              # 放宽到40周岁: 到 a preposition
    # 全日制大专及以上学历: an education level
    R("赣州市", GZ),                                # 户籍为赣州市或江西省内: places before a topic
    R("江西省", JX),                                # 江西省内 (set 1's 四川省内: the province)
    R("兴国县", XG),                                # 兴国县户籍者
    R("兴国县", XG),                                # 在兴国县连续缴纳社会保险
    T("1年以上", 1, "year", qualifier="min"),       # digit 1, not the lone 一
    DR("2025年5月12日至5月16日", "2025-05-12", "2025-05-16"),  # (每日8:00-12:00,14:30-17:30): times
    R("兴国县", XG),                                # 报名地点 address: 兴国县潋江镇将军大道88号 (town, road, number: nothing);
    # 县医疗保障局三楼302室: no place named (县 alone), a floor and a room number
    C("1份", 1, "piece"),                           # 原件及复印件各1份 (各 outside, set 37)
    # 2寸: a photo size (寸 is no classifier)
    C("3张", 3, "piece"),
    # 本次招聘不收取报名费: no number
    P("50%", 0.5),                                  # 笔试占50%、面试占50%
    P("50%", 0.5),
    # 满分100分: a score; 1:2 a ratio
    T("3年", 3, "year"),                            # 合同期3年
    T("3个月", 3, "month"),                         # 试用期3个月
    M("3200元/月", 3200, period="month"),           # 综合工资3200元/月
    # 五险: no number; 次年起: a relative year, no date of the guidelines
    M("200元", 200),                                # 每月增加200元: 增加 between 每月 and the amount, no period
    T("2年", 2, "year"),                            # 工作满2年 (满: no qualifier)
    R("赣州市", GZ, in_org=True),                   # 赣州市医保系统: a place + office word (as 天水市医保部门)
    R("兴国县", XG, in_org=True),                   # 本公告由兴国县医疗保障局负责解释
    PH("0797-5321688"),
    PH("13907978126"),
    E("xgxybj@xingguo.example.cn"),
    R("兴国县", XG, in_org=True),                   # signature
    D("2025年5月6日", "2025-05-06"),
]
