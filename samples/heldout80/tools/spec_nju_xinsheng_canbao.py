from gold_lib import *

NJ, JS, SZ, HF, GL = "320100", "320000", "320500", "340100", "320106"   # 南京市, 江苏省, 苏州市, 合肥市, 南京's 鼓楼区
SPEC = [
    R("南京", NJ, in_org=True),                     # 南京大学 (title): a university's name
    # 2025级: a cohort, no 年 (set 20 call 7)
    R("南京", NJ, in_org=True),                     # 发布单位:南京大学学生工作处
    D("2025-08-28", "2025-08-28"),
    # 浏览:3127: a counter, bare number; 2025级新同学: nothing
    R("南京", NJ, in_org=True),                     # 欢迎来到南京大学
    R("南京市", NJ, in_title=True, in_org=True),    # 《南京市医疗保障局关于…通知》
    D("2026年度", "2026"),                          # inside the title: still a date
    R("南京市", NJ),                                # 南京市城乡居民基本医疗保险: a programme, plain
    # 2025—2026学年: 学 stands between 2026 and 年 (set 72 call 3: 2025/26学年 nothing) -> nothing
    # 一、 二、 …: section numbers
    T("18周岁", 18, "year", age=True),              # 年满18周岁: 年满 is not a qualifier
    T("18周岁", 18, "year", age=True),              # 未满18周岁: 未满 is not on the list
    R("江苏省苏州市", SZ),                          # 江苏省苏州市: one chain at its most specific level
    R("安徽合肥", HF),                                  # 安徽合肥: a chain (province short + city short)
    D("2026年度", "2026"),
    R("南京", NJ),                                  # 可不在南京重复参保
    # 1. 2. 3.: list numbers
    D("2026年度", "2026"),
    M("380元/人/年", 380, period="year"),           # the whole 元/人/年 in the span
    M("每年不低于700元", 700, period="year", qualifier="min"),   # 每人每年不低于700元 (set 1 calls 2, 3)
    DR("2025年9月8日至10月31日", "2025-09-08", "2025-10-31"),
    D("10月31日前", "--10-31", qualifier="until"),
    # 次年: no number
    T("3个月", 3, "month"),
    R("江苏", JS, in_org=True),                     # "江苏税务"APP
    # "苏服办": 苏 is a one-character abbreviation; 学号 251220048: an ID number, nothing
    DR("2026年1月1日至12月31日", "2026-01-01", "2026-12-31"),
    D("2025年9月1日起", "2025-09-01", qualifier="from"),
    P("70%", 0.7),
    M("1元", 1),                                    # 每次就诊挂号费1元: 就诊挂号费 stands between 每次 and the amount: no period
    R("南京", NJ, in_org=True),                     # 南京大学医学院附属鼓楼医院
    R("鼓楼", GL, in_org=True),                     # 鼓楼医院: 鼓楼 short for 鼓楼区, the 南京 one (article's region), in a hospital's name
    R("江苏省", JS, in_org=True),                   # 江苏省人民医院
    # 三级医院: a hospital level
    P("约85%", 0.85, qualifier="approx"),
    M("40万元", 400000),                            # 年度最高支付限额40万元: 支付限额 between 最高 and the amount
    M("不超过2000元", 2000, qualifier="max"),
    # 仙林校区: 仙林 is no division (a 南京 area in 栖霞区), nothing; 3号楼102室: building and room numbers
    PH("025-89681120"),
    R("鼓楼", GL, in_org=True),                     # 鼓楼校区: a campus's proper name with a district's short name (call 1)
    # 汉口路22号: 汉口 is no division, a road's name; 1楼: a floor
    PH("025-83593120"),
    R("苏州", SZ, in_org=True),                     # 苏州校区: like 四川轻化工大学宜宾校区 (set 63)
    R("苏州市", SZ),                                # 苏州市高新区定点医院: a generic description, not a name; 高新区 is no division
    PH("0512-66851230"),
    # 8:00-11:30、14:00-17:00: times of day; 第3周: an ordinal week (call 2)
    DR("9月22日至26日", "--09-22", "--09-26"),
    # 仙林校区杜厦图书馆: 仙林 no division
    # 2301班, 9栋502: a class and a dorm room, nothing (call 2)
    C("4名", 4, "person"),
    # 共4笔: 笔 is no classifier; 下学期/春季学期: no number
    T("17岁", 17, "year", age=True),
    M("380元", 380),                                # 同样按380元缴费
    PH("13951762438"),
    E("yibao@nju.example.edu.cn"),
    U("https://xgc.nju.example.edu.cn/yibao/2025"),
]
