from gold_lib import *

HN, BY, GS = "620422", "620400", "620000"   # 会宁县, 白银市, 甘肃省
SPEC = [
    # 三十四年 in the headline: 扎根山村三十四年 is a duration
    T("三十四年", 34, "year"),
    R("会宁县", HN, in_org=True),                   # 会宁县头寨镇牛营村卫生室: the clinic's full name begins with the county (set call: 秦安县魏店镇王湾村村民委员会 → in_org); 头寨镇 a township, 牛营村 a village: no places
    R("会宁县", HN, in_org=True),                   # 来源:会宁县融媒体中心
    D("2025-03-12", "2025-03-12"),                  # the main article's publication date: plain date, no role; 09:30 a time; 浏览:2316 a bare counter
    # 清晨7点: time of day
    T("58岁", 58, "year", age=True),
    D("1991年", "1991"),
    R("白银", BY, in_org=True),                     # 白银卫生学校: a school's name; 白银 is the city's and 白银区's short name: the city
    T("34年", 34, "year"),                          # 到今年已有34年
    C("6个", 6, "item"),                            # 6个村民小组
    # 412户: 户 is no classifier of the guidelines, nothing
    C("1630多人", 1630, "person", qualifier="min"),
    C("40多人次", 40, "person", qualifier="min"),   # 每天接诊40多人次: counts take no period
    C("二三十人次", {"min": 20, "max": 30}, "person"),   # two neighbouring numerals (tens): a range, no qualifier for counts
    D("2024年", "2024"),
    C("9860人次", 9860, "person"),
    C("8712人次", 8712, "person"),
    M("每人次10元", 10, period="time"),
    M("9元", 9),
    M("1元", 1),
    M("两块", 2),                                   # 挂号就要两块: 块 is a currency unit
    M("1800元", 1800),                              # 按月领取…补助1800元: 按月 is no period word of the list and does not touch
    M("每月600元", 600, period="month"),
    M("每年3000元", 3000, period="year"),           # 每人每年3000元: span from 每年 (每人 is no period)
    D("2023年起", "2023", qualifier="from"),
    T("30年", 30, "year"),                          # 工龄满30年: 满 is off the list
    M("200元", 200),                      # 每月多发200元: 多发 stands between 每月 and the amount, no period
    # 第一个: ordinal
    # 12公里: kilometres are no unit of any type
    T("40分钟", 40, "minute"),
    # 5组: a villagers' group number, nothing; 一位: lone 一
    T("82岁", 82, "year", age=True),
    PH("120"),
    R("会宁县", HN, in_org=True),                   # 会宁县人民医院
    T("2小时", 2, "hour"),                          # 不到2小时: 不到 is not a qualifier
    # 一面锦旗: lone 一; 各1间: 间 is no classifier of the guidelines
    C("126种", 126, "kind"),
    C("213人", 213, "person"),
    T("60周岁", 60, "year", age=True),
    # 一名: lone 一
    R("甘肃", GS, in_org=True),                     # 甘肃医学院: a college's name
    R("会宁县", HN),                                # 会宁县现有村卫生室: plain
    C("284个", 284, "item"),
    C("341名", 341, "person"),
    T("20年以上", 20, "year", qualifier="min"),
    P("62%", 0.62),
    PH("0943-3221876"),
    PH("139 1943 6620"),
]
