from gold_lib import *

WH = "340200"                                      # 芜湖市
JJ, WZ, NL, WW = "340207", "340210", "340223", "340281"   # 鸠江区, 湾沚区, 南陵县, 无为市
SPEC = [
    # 门诊共济改革满一年: lone 一 (一年), nothing
    R("芜湖", WH),                                 # 芜湖参保人: a place before people, plain
    R("芜湖市", WH, in_org=True),                  # 访芜湖市医疗保障局局长
    R("芜湖", WH, in_org=True),                    # 芜湖日报记者: a newspaper
    D("2024-06-28", "2024-06-28"),                 # 08:30: a time of day
    R("芜湖", WH, in_org=True),                    # 来源:芜湖日报
    D("2023年6月", "2023-06"),
    R("芜湖市", WH),                               # 芜湖市全面实施…: the city as actor, no org word
    # 改革满一年: lone 一
    R("芜湖市", WH, in_org=True),                  # 芜湖市医疗保障局局长王某
    # 记者问/局长答: labels; 一年来 ×3: lone 一; 全市: no place
    C("312.6万人次", 3126000, "person"),
    M("2.18亿元", 218000000),
    P("36.4%", 0.364),                             # 同比增长36.4%: 同比增长 is no qualifier
    # 一级医疗机构: a grade
    P("70%", 0.7),
    P("10个百分点", 0.1, points=True),             # 高出10个百分点
    C("86.7万名", 867000, "person"),
    C("41.3万人", 413000, "person"),
    P("47.6%", 0.476),
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    M("1260元", 1260),                             # 人均报销1260元: 报销 between
    # 多出近3倍: a multiple (倍), no mention of any type
    P("2%", 0.02),
    M("90元", 90),                                 # 每月划入90元: 划入 stands between 每月 and the amount
    P("约12个百分点", 0.12, points=True, qualifier="approx"),
    M("200元", 200),
    M("2000元", 2000),
    # 二级、三级医院: grades
    M("500元", 500),                               # 高出500元
    P("41.2%", 0.412),
    P("48.5%", 0.485),
    P("7.3个百分点", 0.073, points=True),
    C("1126家", 1126, "institution"),
    C("487家", 487, "institution"),
    R("鸠江区", JJ), R("湾沚区", WZ), R("南陵县", NL), R("无为市", WW),
    # 今年底前: a relative date (今年), nothing
    M("2500元", 2500),
    D("2024年12月31日前", "2024-12-31", qualifier="until"),
    P("80%以上", 0.8, qualifier="min"),
    D("5月底", "--05", qualifier="approx"),        # 截至5月底
    C("4.3万人", 43000, "person"),
    M("3862万元", 38620000),
    # quotes: no numbers; (记者 周某 通讯员 李某): people
]
