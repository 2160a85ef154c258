from gold_lib import *

ZZ, HN, EQ = "410100", "410000", "410103"   # 郑州市, 河南省, 二七区
SPEC = [
    R("郑州", ZZ, in_org=True),                     # 郑州大学第一附属医院生殖医学中心 (page title)
    # 首页 > 科室导航 …: breadcrumb, no numbers
    D("2025-08-20", "2025-08-20"),                  # 更新时间 of the main article: plain date (set 1 call 8)
    # 浏览量:12876: bare counter
    R("郑州", ZZ, in_org=True),                     # 郑州大学第一附属医院生殖医学中心成立于…
    D("2002年", "2002"),
    R("河南省", HN),                                # 河南省首批获准…的机构: a place before a topic, plain
    # 第一代、第二代、第三代试管婴儿技术: ordinals
    C("46名", 46, "person"),
    C("3个", 3, "item"),                            # 胚胎实验室3个
    D("2024年", "2024"),                            # 2024年全年
    C("约1.6万个", 16000, "item", qualifier="approx"),   # 取卵周期约1.6万个
    P("58.6%", 0.586),                              # 临床妊娠率 (a success rate, still a percent)
    P("约62%", 0.62, qualifier="approx"),
    T("35周岁以下", 35, "year", age=True, qualifier="max"),
    P("超过70%", 0.7, qualifier="min"),             # 超过 is on the shared list
    R("河南省", HN),                                # 在河南省内: 省内 after the name; the name itself is a place
    # 郑东院区、河医院区两个诊区: 郑东/河医 no places; 两个 is a count
    C("两个", 2, "item"),
    # 1. … 6.: list numbers; 生殖中心2楼: a floor number
    # 月经第2-4天: 第 makes days 2-4 ordinals → nothing
    T("1至2周", (1, 2), "week"),                  # 检查约需1至2周: 约 is not touching (需 between)
    T("3个工作日", 3, "workday"),                   # 3个工作日内: 内 not on the list
    T("10-14天", (10, 14), "day"),                  # 促排卵一般持续10-14天
    # 每2-3天复诊一次: 每 + a range of days is a frequency; annotated as a duration range, the number and unit touch
    T("2-3天", (2, 3), "day"),                      # …复诊一次: 一次 is a lone 一, nothing
    T("3天", 3, "day"),                             # 取卵后3天或5天: two durations
    T("5天", 5, "day"),
    T("14天", 14, "day"),                           # 移植后14天
    T("7周左右", 7, "week", qualifier="approx"),    # 孕7周左右: a week of pregnancy is a duration (set on 宁波 call 4), 孕 outside
    T("12周", 12, "week"),                          # 孕12周后: 后 is a date word, stays outside
    # 一个完整的试管周期: lone 一
    T("1.5至2个月", (1.5, 2), "month"),            # 大约需要1.5至2个月: 大约 does not touch (需要 between)
    # 一个周期: lone 一
    M("3万元", 30000),                              # 3万元至5万元: the unit twice → two amounts (set 1 call 4)
    M("5万元", 50000),
    # 第三代试管: ordinal
    M("2万元左右", 20000, qualifier="approx"),
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    R("河南省", HN),                                # 参加河南省医保的患者: a programme, plain
    P("60%", 0.6),                                  # 报销比例为60%
    C("3次", 3, "time"),                            # 每人限报销3次: 限 and 报销 between
    P("60%", 0.6),                                  # 报销比例60%与上文的成功率…: repeated
    T("超过42周岁", 42, "year", age=True, qualifier="min"),
    R("郑州市二七区", EQ),                          # address chain; 建设东路1号: road and number, nothing
    PH("0371-67966113"),
    # “郑大一附院生殖中心”: 郑大 (郑州大学) an abbreviation, 郑 one character: no place; 一 in 一附院 an ordinal
    U("https://rmc.zzu-example.cn/guide"),
    # 周一至周日7:30-12:00: weekdays and times
]
