from gold_lib import *

HF, SS, AH = "340100", "340104", "340000"   # 合肥市, 蜀山区, 安徽省
SPEC = [
    # title: 三里庵街道 is a street office (no place); 义诊/宣讲: no entities
    D("2025年度", "2025"),
    R("合肥市蜀山区", SS, in_org=True),          # 合肥市蜀山区三里庵街道社区卫生服务中心: one chain, inside the centre's name
    R("蜀山区", SS, in_org=True),                # 蜀山区医疗保障局
    R("安徽", AH, in_org=True),                  # 安徽医科大学第一附属医院
    D("2025年10月18日", "2025-10-18"),           # (星期六): a weekday, nothing; 上午8:30-11:30: a time range of a day, nothing
    # 一、 / 1. 2. 3.: list numbers
    D("2025年10月18日", "2025-10-18"),           # 8:30至11:30: times of day, no range
    D("10月19日", "--10-19"),                    # 顺延至10月19日: 至 is a preposition, a single date
    R("合肥市蜀山区", SS),                       # address chain, plain; 长江西路369号: a road (长江 no place; 江西 inside 长江西路 is part of a road's name, not the province) and a house number
    # 南门, 2楼 (a floor), 多功能厅: nothing
    R("蜀山区", SS),                             # (蜀山区潜山路12号): address, plain; 潜山路 is a road: 潜山 (潜山市, 安徽) is part of a longer name; 12号 a house number
    # 二、 1.: list numbers
    C("100名", 100, "person"),                   # 前100名到场的居民: how many people get the gift (call 1); 前 is outside (not on the shared list)
    C("1份", 1, "piece"),
    C("60人", 60, "person"),                     # 限60人: 限 is not a qualifier word
    C("50人", 50, "person"),
    C("1次", 1, "time"),                         # 每人限测1次: 每人 is no period, counts have none
    R("安徽", AH, in_org=True),                  # 安徽医科大学第一附属医院 (second time)
    C("6个", 6, "item"),
    C("12名", 12, "person"),
    T("65岁以上", 65, "year", age=True, qualifier="min", _nb=True),   # `4.65岁以上`: 4. is the list number, not 4.65岁
    D("2025年度", "2025", _nb=True),             # `1.2025年度`: 1. is the list number
    M("每年400元", 400, period="year"),          # 每人每年400元 (set 1 call 2)
    DR("2024年9月1日至12月31日", "2024-09-01", "2024-12-31"),
    DR("2025年1月1日至2月28日", "2025-01-01", "2025-02-28"),
    T("3个月", 3, "month"),
    P("55%", 0.55),
    M("600元", 600),
    # 二级医院: a grade
    P("50%", 0.5),
    # “两病”: nothing
    P("60%", 0.6),
    M("40元", 40),                               # 每月最高报销40元: 报销 stands between 每月/最高 and the amount (guidelines: 最多报销60%)
    M("800元", 800),                             # 三级医院: a grade
    P("65%", 0.65), P("75%", 0.75),              # 65%-75%: every % is its own mention
    M("1.5万元", 15000),
    P("60%以上", 0.6, qualifier="min"),
    # 1号至100号号码牌 / 按号就诊: queue numbers (号 is no classifier), nothing; not a range of anything
    # 7:30以后: a time of day (以后 does not make it a date)
    T("8小时以上", 8, "hour", qualifier="min"),
    R("安徽", AH, in_org=True),                  # “安徽医保”APP
    # 1米: metres, no unit of any type
    PH("0551-65328816"),
    PH("138 0551 2467"),                         # a mobile with spaces; 0551 inside it is no area code
    PH("12393"),
    E("sanlian_jk@example.com"),
    U("https://www.example.com/hf/yizhen2025"),  # 2025 inside the URL: nothing
    R("蜀山区", SS, in_org=True),                # signature 蜀山区三里庵街道办事处
    D("2025年10月9日", "2025-10-09"),
]
