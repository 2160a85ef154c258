from gold_lib import *

XY, FC, WH = "420600", "420606", "420100"          # 襄阳市, 樊城区, 武汉市
SPEC = [
    # 第二个月: an ordinal
    R("襄阳", XY),                                  # 在襄阳照顾父亲
    D("2025年9月3日", "2025-09-03"),                # 周三: a weekday, nothing
    R("襄阳市", XY, in_org=True),                   # 襄阳市中心医院
    T("半个月", 0.5, "month"),                      # 半个月 (set 4 call 6)
    T("两三个月", {"min": 2, "max": 3}, "month"),   # 至少还要两三个月: 还要 stands between 至少 and the number
    # 五十出头: no unit (call 8)
    R("樊城区", FC),                                # 樊城区人: origin, plain
    # 干这行十来年: 来 (call 2)
    # 一天260元: 一天 is a lone 一 and no period word (set 43 call 16)
    M("260元", 260),
    # 月底: no number; 两包 / 一包: 包 is not a classifier of the list
    M("七八十块", (70, 80)),
    M("136元", 136),
    D("2025年9月7日", "2025-09-07"),
    C("三四个", {"min": 3, "max": 4}, "item"),      # 三四个病人
    # 一对一: no classifier
    C("两个", 2, "item"),                           # 另外两个病人
    # 二百到三百不等: no unit
    T("16天", 16, "day"),
    M("2.38万元", 23800),
    M("1万元", 10000),                              # 押金交了1万元
    M("五千块", 5000),
    P("85%左右", 0.85, qualifier="approx"),
    P("一成半", 0.15),                              # one and a half tenths (as 六成半, set 43 call 4); 一成 is a numeral, not a lone 一
    D("2025年9月12日", "2025-09-12"),
    # 每天上午一个钟头: lone 一, and 钟头 is not a unit of the list
    T("半小时", 0.5, "hour"),
    T("三五个月", {"min": 3, "max": 5}, "month"),
    T("八九周", {"min": 8, "max": 9}, "week"),
    M("260元/天", 260, period="day"),               # the period after the unit (guidelines: 150元/月)
    DR("9月1日至9月12日", "--09-01", "--09-12"),
    T("12天", 12, "day"),
    M("3120元", 3120),
    M("每天五六十块", (50, 60), period="day"),      # 每天 touches the range
    # 十来天: 来 (call 2)
    M("六百多块", 600, qualifier="min"),
    # 四百来块: 来 (call 2)
    M("四千多元", 4000, qualifier="min"),
    M("一两千块", (1000, 2000)),                    # call 5
    D("2025年9月20日", "2025-09-20"),
    R("襄阳", XY),                                  # 襄阳本地的康复医院: a place before described hospitals
    T("两三天", {"min": 2, "max": 3}, "day"),
    M("每床日180元", 180, period="day"),            # guidelines: 每床日60元
    T("超过60天", 60, "day", qualifier="min"),
    D("2025年9月30日", "2025-09-30"),
    # 国庆: no number
    R("武汉", WH),
    # 几天, 十来步: no numbers
    M("7800元", 7800),
    # 两千来块: 来 (call 2); 万把块: 把 (call 2)
    P("一两成", {"min": 0.1, "max": 0.2}),          # neighbouring numerals + 成 (like 百分之六七十), call 5
    PH("0710-3516120"),
]
