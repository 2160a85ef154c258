from gold_lib import *

GZ, GD, LW, PY, FS, NH = "440100", "440000", "440103", "440113", "440600", "440605"
# 广州市, 广东省, 荔湾区, 番禺区, 佛山市, 南海区
SPEC = [
    # 三伏天灸: a 节气-timed treatment's name, no number (call 1)
    R("广州", GZ),                                  # 在广州做针灸 (title)
    R("荔湾", LW, in_org=True),                     # 楼主:荔湾阿珍: a screen name (guidelines: `@青州小刘`)
    D("2025-07-08", "2025-07-08"),                  # 21:36 a time; 查看:2876 | 回复:6: counters
    T("63岁", 63, "year", age=True),
    R("广州", GZ),                                  # 广州职工医保: a place before a programme, plain
    # 十几年: 几 makes no number; 头伏: a 伏 period, no date
    D("7月20日", "--07-20"),                        # 今年头伏是7月20日: 今年 outside
    R("广东省", GD, in_org=True),                   # 广东省中医院
    # 1. 2.: list numbers; 一周, 一年: lone 一; 几次, 多少次: no numbers
    # 1楼: a floor number; 22:10: a time; 广中医小葛: 广 is a one-character abbreviation
    D("2025-07-08", "2025-07-08"),
    # 1) 2) 3) 4): list markers
    R("广州", GZ),                                  # 在广州属于自费项目
    M("每次68元", 68, period="time"),
    # 一伏一贴: lone 一; 三伏加强贴: a name
    C("4次", 4, "time"),                            # 共4次: 共 is not on the list
    M("每次32元左右", 32, period="time", qualifier="approx"),
    P("75%", 0.75),
    P("70%", 0.7),
    # 一个疗程: lone 一
    C("10次", 10, "time"),
    # 隔天做一次: lone 一
    T("2~3周", (2, 3), "week"),
    M("每年8000元", 8000, period="year"),
    # 同一天: lone 一
    C("1次", 1, "time"),                            # 只能结算1次针刺: the digit 1
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    PH("020-81887233"),                             # 上午8点到12点: times of day
    # 2楼 … 6楼: floor numbers; each post time (07:45, 08:20, 09:02, 12:48, 19:30) is a time of day
    R("番禺", PY, in_org=True),                     # 番禺老陈: a screen name
    D("2025-07-09", "2025-07-09"),
    # 上个月: no number
    C("12次", 12, "time"),
    M("1146元", 1146),
    M("802.2元", 802.2),
    M("343.8元", 343.8),
    P("七成", 0.7),                                 # 差不多七成: 差不多 is not on the list
    # 3楼
    R("荔湾", LW, in_org=True),                     # 荔湾阿珍(楼主)
    D("2025-07-09", "2025-07-09"),
    R("番禺", PY, in_org=True),                     # @番禺老陈
    R("荔湾区", LW),                                # 我们住荔湾区; 芳村院区: a campus name, 芳村 no unit of the gazetteer
    # 4楼
    R("番禺", PY, in_org=True),
    D("2025-07-09", "2025-07-09"),
    R("番禺区", PY),                                # 大学城院区,番禺区那边: plain; 花地大道: a road
    T("3年", 3, "year"),                            # 连续贴3年
    # 头伏、中伏、末伏各一次: lone 一
    T("4~6小时", (4, 6), "hour"),
    T("1~2小时", (1, 2), "hour"),
    # 5楼
    R("佛山", FS, in_org=True),                     # 佛山阿May: a screen name
    D("2025-07-09", "2025-07-09"),
    R("佛山南海", NH),                              # a chain: the district
    # 去年: no number
    R("广东省", GD, in_org=True),                   # 广东省中医院
    # 一个夏天: lone 一
    M("25块", 25),                                  # 才25块一次: 一次 after it is no period word (lone 一)
    # 6楼
    R("荔湾", LW, in_org=True),
    D("2025-07-10", "2025-07-10"),
    # 每次几十元: 几十 makes no number
    P("七成", 0.7),                                 # 七成多能报: the percent ends at 成 (set 4 call 4)
    D("7月20日", "--07-20"),                        # 上午: no time mention
]
