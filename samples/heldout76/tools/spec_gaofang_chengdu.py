from gold_lib import *

CD, SC, JN = "510100", "510000", "510106"        # 成都市, 四川省, 金牛区
SPEC = [
    D("2025年", "2025"),                            # 2025年冬令膏方节 (title): a year with 年
    R("成都", CD, in_org=True),                     # 成都中医药大学附属医院
    R("四川省", SC, in_org=True),                   # (四川省中医医院)
    D("2025-11-12", "2025-11-12"),                  # 阅读 3,208: a counter
    # 一年一度: lone 一
    DR("2025年11月20日至2026年1月31日", "2025-11-20", "2026-01-31"),
    # 冬至前后: a solar term (节气) with no number is no date (call 1)
    D("12月21日", "--12-21"),                       # 今年冬至为12月21日: the Gregorian date is one; 今年 outside
    # 冬至前: a solar term, nothing; 在三九天内: 三九 is the name of the coldest nine-day stretch after 冬至,
    # not the numerals 3 and 9 before 天 (no range 3-9 days, no 39 days) (call 1)
    # 一人一方: lone 一; 20~30味: 味 is no classifier
    T("6~8周", (6, 8), "week"),                     # 每料膏方一般可服用6~8周
    C("1次", 1, "time"),                            # 每日早晚各1次: the digit 1 (set 1 call 13)
    # 每次1勺 (勺), 约15克 (a weight): nothing
    M("每次50元", 50, period="time"),               # 专家开方
    M("1500元左右", 1500, qualifier="approx"),      # 每料1500元左右: 料 (a batch of a formula) is no period word (call 4)
    M("2500-3500元", (2500, 3500)),
    M("300元", 300),                                # 每料300元: no period
    R("四川省", SC),                                # 四川省医保目录: a place before a programme's list, plain
    R("成都市", CD),                                # 成都市参保职工
    # 1. 2. 3. 4.: list numbers
    T("3岁以下", 3, "year", age=True, qualifier="max"),
    T("7~10个工作日", (7, 10), "workday"),
    # 每人每次限开1料: 料 is no classifier
    C("超过800人次", 800, "person", qualifier="min"),
    C("200个", 200, "item"),                        # 首批200个专家号
    D("11月10日", "--11-10"),
    C("2个", 2, "item"),                            # 周末门诊2个
    C("400个", 400, "item"),                        # 每周400个: period words are for money only
    PH("028-87783112"),
    PH("87784305", inferred_code="028"),            # a local number after 028-…: completed from the page's region (成都)
    R("成都市金牛区", JN),                          # address chain; 十二桥路39号: a road and a house number; 门诊二楼: a floor
    # “成中医附院”: 成 is a one-character abbreviation, no place
]
