from gold_lib import *

SH, MH, JA, AH, HF = "310000", "310112", "310106", "340000", "340100"   # 上海市, 闵行区, 静安区, 安徽省, 合肥市
SPEC = [
    # 【阿拉小区公告栏】: no place; 田林街道居委会: 田林 (百色's 田林县) is part of a street office's name (田林街道), no place
    D("2025年9月26日", "2025-09-26"),
    # 阅读1,268: a counter
    D("2026年度", "2026"),
    R("上海市", SH),                                # 上海市城乡居民基本医疗保险: a place before a programme
    DR("2025年10月1日至12月25日", "2025-10-01", "2025-12-25"),
    T("3个月", 3, "month"),                         # 3个月待遇等待期
    # (每人每年): a column head; 每年 touches no amount, so the amounts below have no period
    # list numbers 1. 2. 3. 4.: nothing
    T("70周岁以上", 70, "year", age=True, qualifier="min"),
    M("345元", 345),
    T("60至69周岁", (60, 69), "year", age=True),    # an age range (set 3 call 9: 18至59周岁)
    M("565元", 565),
    T("19至59周岁", (19, 59), "year", age=True),
    M("785元", 785),
    M("200元", 200),
    # 随申办App: no place; 每周二、四 上午9:00-11:30: weekdays and times
    PH("021-64851234"),
    PH("12393"),
    U("https://ybj.example.sh.cn/jmyb/2026/notice.html"),   # the numbers in the URL are nothing
    E("tianlin_jwh@example.com"),
    # 田林街道社区事务受理服务中心: 田林 part of the street's name, no place
    D("2025年9月26日", "2025-09-26"),               # the signature date
    # 评论(9): a counter; 3号楼, 12号楼, 6号楼, 8号楼: building numbers, nothing
    T("七十二岁", 72, "year", age=True),
    M("345块", 345),
    T("七十周岁以上", 70, "year", age=True, qualifier="min"),
    M("345元", 345),
    T("半个多月", 0.5, "month", qualifier="min"),   # 多 between 半个 and 月 → min (call 8)
    # 瑞金医院: named after 瑞金路 (a road); 瑞金 (赣州's 瑞金市) is part of a longer name, no place
    M("四万八千块", 48000),
    P("七成", 0.7),
    M("一万四千四百块", 14400),
    M("一千五百块", 1500),                          # 一千五百块起付: 起 belongs to 起付 (deductible), not the qualifier 起 (call 9)
    M("每年700元", 700, period="year"),
    T("70岁以上", 70, "year", age=True, qualifier="min"),
    M("每年300元", 300, period="year"),
    P("百分之八十五", 0.85),
    P("百分之七十左右", 0.7, qualifier="approx"),
    R("闵行", MH),                                  # short name of 闵行区
    # 一个月划进来: lone 一
    M("两百多块", 200, qualifier="min"),            # 多 between the number and its unit → min
    T("45岁以下", 45, "year", age=True, qualifier="max"),
    P("2%", 0.02),
    M("两百多块", 200, qualifier="min"),
    # 廿几天: 几 is no number, nothing
    T("3个月", 3, "month"),                         # 出生后3个月内: 内 is not a qualifier
    M("200元", 200),
    D("12月25号之前", "--12-25", qualifier="until"),
    # 静安寺: a temple (and the area named after it): 静安 is part of a longer name, no place
    R("静安区", JA),
    R("上海", SH),                                  # 全上海: the place is named (全 is outside)
    # 一个月: lone 一
    M("一百廿块", 120),                             # 廿 = 二十, a Chinese numeral (call 10); 几钿: no number
    R("安徽合肥", HF),                              # a chain: the city
    R("上海", SH),
    # 长三角: no place
    R("合肥", HF),
    R("上海", SH),
    R("合肥", HF),
    P("百分之六七十", {"min": 0.6, "max": 0.7}),   # neighbouring numerals (guidelines)
]
