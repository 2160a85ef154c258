from gold_lib import *

XA, YT, SX = "610100", "610113", "610000"           # 西安市, 雁塔区, 陕西省
SPEC = [
    R("西安", XA, in_org=True),                     # 西安交通大学第一附属医院互联网医院 (header)
    # 张建华 (×2): a person's name; 建华 (齐齐哈尔's 建华区) is no place here
    R("西安", XA, in_org=True),                     # 执业机构:西安交通大学第一附属医院
    R("西安市雁塔区", YT),                          # the address in brackets is an address, not a place alone after the name: plain;
                                                    # 雁塔西路277号: a road (雁塔 in a road name) and number
    # 综合评分 4.9分: a rating, nothing
    P("98.6%", 0.986),                              # 好评率98.6%
    T("30分钟", 30, "minute"),                      # 平均响应时间30分钟
    C("12,345人次", 12345, "person"),               # 接诊12,345人次
    T("15年", 15, "year"),                          # 从业15年 (15年: a duration, not a year)
    R("陕西省", SX, in_org=True),                   # 陕西省医学会内分泌学分会
    D("2010年", "2010"),
    # 第四军医大学: an ordinal in a name
    DR("2016年至2017年", "2016", "2017"),
    R("上海", "310000", in_org=True),               # 上海交通大学医学院附属瑞金医院; 瑞金 there is named after a Shanghai road
                                                    # (瑞金二路), not 瑞金市 (江西): part of the hospital's name, no place (call 4)
    T("1年", 1, "year"),                            # 进修1年: digit 1 is not a lone 一
    # 论文30余篇: 篇 is not a classifier, nothing
    C("2项", 2, "item"),
    # 每周二上午8:00-12:00, 周四下午14:00-17:30, 每日20:00-21:30: weekdays and times; 3号楼2层: a building and floor
    M("39元/次", 39, period="time"),
    T("3天", 3, "day"),                             # 3天内可追问5次
    C("5次", 5, "time"),
    M("80元/次", 80, period="time"),
    T("15分钟", 15, "minute"),
    M("10元/次", 10, period="time"),
    M("60元起", 60, qualifier="min"),
    R("陕西省", SX),                                # 陕西省医保参保人员: a place before a programme
    C("1,236条", 1236, "item"),                     # (共1,236条: 共 is not a qualifier
    T("近30天", 30, "day", qualifier="approx"),     # 近 is on the shared list
    C("156条", 156, "item"),
    # ★★★★★ 5.0分: a rating; 王** a masked name
    D("2025-09-14", "2025-09-14"),
    T("12岁", 12, "year", age=True),
    # 1型糖尿病: a type number
    T("半小时", 0.5, "hour"),                       # 不到半小时: 不到 is not a qualifier
    # 打分10分: a score, nothing
    D("2025-09-02", "2025-09-02"),                  # after ★★★★☆ 4.0分 (a rating)
    M("39块", 39),
    T("2天", 2, "day"),
    R("咸阳", "610400"),
    R("铜川", "610200"),
    D("2025-08-27", "2025-08-27"),
    T("65岁", 65, "year", age=True),
    T("3个月", 3, "month"),
    # 从9.8降到6.5: blood-sugar readings with no unit, nothing
    P("七成", 0.7),                                 # 大概七成: 大概 is not on the list
    # 近一年: lone 一, nothing
    C("3,862人次", 3862, "person"),
    C("2,105张", 2105, "piece"),
    P("42%", 0.42),                                 # 回头率42%
    D("2025年", "2025"),                            # 2025年第二季度: the quarter is an ordinal (as 2025年一季度 → 2025年)
    R("西安市", XA, in_org=True),                   # “西安市互联网医院优秀医生”: an award's proper name (call 5)
    # 排名全院第3: a rank (ordinal)
    PH("029-85323112", city="西安市"),              # 029 is shared by 西安 and 咸阳: the doctor's city
    E("kefu@xjtu1-hlw.example.com"),
    D("2025年10月1日", "2025-10-01"),
]
