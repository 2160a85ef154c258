from gold_lib import *

JX = "360000"                                       # 江西省
SPEC = [
    R("江西省", JX),                                # 江西省慢性肾脏病防治数据发布: a topic
    C("4万人", 40000, "person"),                    # 超4万人: 超 (not 超过) is not on the shared list
    D("2025-03-13", "2025-03-13"),                  # 10:30: a time
    R("江西", JX, in_org=True),                     # 江西日报
    D("3月13日", "--03-13"),
    # 第20个世界肾脏病日: an ordinal
    R("江西省", JX, in_org=True),                   # 江西省肾脏病质量控制中心
    D("2024年底", "2024", qualifier="approx"),      # 截至 outside
    C("4.2万人", 42000, "person"),
    C("约6800人", 6800, "person", qualifier="approx"),
    D("2020年", "2020"),
    P("38%", 0.38),
    P("21%", 0.21),
    # 我省: no place
    P("约为10.8%", 0.108, qualifier="approx"),      # 约为 on the shared list
    C("约380万人", 3800000, "person", qualifier="approx"),
    P("12%", 0.12),                                 # 不足12%: 不足 is not on the shared list
    P("31.5%", 0.315),
    P("29.7%", 0.297),
    P("约15%", 0.15, qualifier="approx"),
    C("312家", 312, "institution"),
    C("9600余台", 9600, "piece", qualifier="min"),
    D("2020年", "2020"),
    C("96家", 96, "institution"),
    C("3100台", 3100, "piece"),
    # 县级透析室: a level, nothing
    P("100%", 1),
    R("南昌", "360100"),
    R("赣州", "360700"),
    R("九江", "360400"),
    # 三市: 市 is not a classifier (set 1: 四市)
    C("超过1000张", 1000, "piece", qualifier="min"),
    # 每万人口: no number with a classifier
    D("2020年", "2020"),
    C("1.6张", 1.6, "piece"),                       # beds per 10,000 people: a count with decimals (call 3)
    C("2.3张", 2.3, "piece"),
    D("2024年", "2024"),
    M("约38.6亿元", 3860000000, qualifier="approx"),
    P("9.2%", 0.092),
    P("90%", 0.9),
    P("75%左右", 0.75, qualifier="approx"),
    D("2020年", "2020"),
    M("1.8万元", 18000),
    M("9600元", 9600),
    # 今年起: no number
    C("11个", 11, "item"),                          # 11个设区市
    M("不低于380元", 380, qualifier="min"),
    # 省人民医院: no place named
    T("5年", 5, "year"),                            # 5年生存率
    P("七成以上", 0.7, qualifier="min"),
    P("约三分之一", 0.3333333333333333, qualifier="approx"),
    # Kt/V低于1.2: nothing (call 2)
    T("40岁以上", 40, "year", age=True, qualifier="min"),
    C("至少1次", 1, "time", qualifier="min"),       # 每年至少1次: 每年 is a period word for money only
    # 血肌酐超过133μmol/L: no unit of ours (call 2)
    # 记者 刘芳 通讯员 熊伟: people
]
