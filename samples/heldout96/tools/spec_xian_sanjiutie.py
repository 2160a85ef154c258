from gold_lib import *

SX, XA, LH = "610000", "610100", "610104"            # 陕西省, 西安市, 莲湖区
SPEC = [
    R("陕西省", SX, in_org=True),                   # 陕西省中医医院
    DR("2025-2026年度", "2025", "2026"),            # a year range (2023-2025年) with 年度
    # "三九贴", 冬至起: no number. 冬病夏治: no number
    T("九天", 9, "day"),                            # 每九天为一"九"
    # 一"九": lone 一 and a period's name
    C("九个", 9, "item"),                           # 共九个"九"
    T("81天", 81, "day"),
    D("12月21日", "--12-21"),                       # 冬至(12月21日)
    # 一九第一天: the 九 period's name (call 2) and an ordinal
    C("三次", 3, "time"),                           # 今冬共贴三次
    # 一九/二九/三九/四九 labels: names of nine-day periods, no number with a unit (call 2)
    D("2025年12月21日", "2025-12-21"),
    D("2025年12月30日", "2025-12-30"),
    D("2026年1月8日", "2026-01-08"),
    D("2026年1月17日", "2026-01-17"),
    T("9天", 9, "day"),                             # 每贴间隔9天
    T("4-6小时", (4, 6), "hour"),
    T("1-2小时", (1, 2), "hour"),
    # 一、/二、/三、/四、: section numbers
    M("45元", 45),                                  # 成人每贴45元: 每 + a classifier (贴), no period (call 5)
    M("35元", 35),
    # 一个疗程: lone 一; (3贴): 贴 is no classifier of the list (call 1)
    M("135元", 135),
    M("50元", 50),                                  # 50元/贴: /贴 stays outside, no period (like /项; call 5)
    P("50%", 0.5),
    P("40%", 0.4),
    T("2周岁以下", 2, "year", age=True, qualifier="max"),
    # 8:00-12:00, 14:00-17:30: times
    C("约2000人次", 2000, "person", qualifier="approx"),  # 每日接待约2000人次: 接待 between 每日 and 约
    T("6小时", 6, "hour"),                          # 6小时内: 内 is no qualifier
    R("陕西省", SX, in_org=True),                   # "陕西省中医医院"微信公众号
    C("1人", 1, "person"),                          # 每个号源限1人使用 (每个: lone 一 is not there; 每个 is no number)
    DR("12月15日至12月20日", "--12-15", "--12-20"),
    C("3.2万人次", 32000, "person"),                # 三伏贴: a name
    P("98.7%", 0.987),
    C("12家", 12, "institution"),
    PH("029-87654312", city="西安市"),              # 029 is shared by 西安/咸阳: the article's region
    U("https://www.example-sxszyy.cn"),
    R("西安市莲湖区", LH),                          # address chain; 西华门2号: a street and number
    # 西华门: a street; 西华 (西华县's short name) is part of a longer name, no place
    R("陕西省", SX, in_org=True),                   # signature
    D("2025年12月10日", "2025-12-10"),
]
