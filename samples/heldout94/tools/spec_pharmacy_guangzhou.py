from gold_lib import *

GZ, GD = "440100", "440000"                         # 广州市, 广东省
YX, TH, HZ, PY, BY, HD = "440104", "440106", "440105", "440113", "440111", "440114"
SPEC = [
    R("广州市", GZ),                                # title: a place before a list (topic); (第二批) an ordinal
    R("广州市", GZ, in_org=True),                   # 发布单位:广州市医疗保障局
    D("2025年7月8日", "2025-07-08"),
    R("广东省", GD, in_org=True, in_title=True),    # 《广东省医疗保障局关于…的通知》
    # 第二批: ordinal; “双通道”: 通道 is no place
    C("6家", 6, "institution"),
    C("58家", 58, "institution"),
    C("42种", 42, "kind"),
    # table: 序号 1…6 are row numbers, nothing
    R("越秀", YX, in_org=True),                     # 大参林药店(越秀中山二路店): a branch name inside the store's name
    # 中山二路 (twice): 中山 is part of a road's name, nothing
    R("越秀区", YX),                                # address; 58号 a house number
    PH("020-87651234"),
    R("广州天河", TH, in_org=True),                 # 老百姓大药房(广州天河店): a chain, one mention (the district)
    R("天河区", TH),                                # address; 天河北路: part of a road's name (天河, and 河北 inside it); 233号
    PH("020-38761234"),
    R("海珠", HZ, in_org=True),                     # 海王星辰(海珠江南西店)
    R("海珠区", HZ),                                # 江南西路112号之一: road (江南 part of it), nothing
    PH("020-84451234"),
    R("番禺", PY, in_org=True),                     # 国大药房(番禺市桥店): 市桥 a street (市桥街)
    R("番禺区", PY),                                # 市桥街光明北路168号: street and road (光明 part of a road's name)
    PH("020-84821234"),
    R("白云", BY, in_org=True),                     # 健民医药(白云同和店): 白云 is 广州's district here (also 贵阳's)
    R("白云区", BY),                                # 同和路86号
    PH("13802461234"),
    R("广州", GZ, in_org=True),                     # 广州医药大药房
    R("花都", HD, in_org=True),                     # (花都店)
    R("花都区", HD),                                # 新华街龙珠路12号: street (新华 part of it) and road
    PH("020-86871234"),
    # 利司扑兰口服溶液用散(60mg/瓶): a strength, nothing
    M("3780元", 3780),                              # 3780元/瓶: the amount only (/瓶 a classifier, no period; set 6 call 1)
    # (140mg/ml): a concentration, nothing
    M("约283元", 283, qualifier="approx"),          # 约283元/支: /支 outside
    # (35mg): a strength
    M("5196元", 5196),                              # 每支5196元: 每 + classifier, no period
    # (12mg/5ml): a strength
    M("33000元", 33000),                            # 每瓶33000元
    # 1.…4.: list numbers
    T("3日", 3, "day"),                             # 3日内: 内 is not on the list
    T("超过72小时", 72, "hour", qualifier="min"),
    P("85%", 0.85), P("90%", 0.9), P("75%", 0.75),
    C("不少于2次", 2, "time", qualifier="min"),     # 每月不少于2次: 每月 is no period for a count (set 87 call 13)
    T("24小时", 24, "hour"),                        # 24小时内
    # 9:00-21:00: times
    R("番禺", PY, in_org=True),                     # (番禺店周日10:00起营业): the store's short name; 周日 a weekday, 10:00起 a time (起 qualifies nothing)
    PH("020-83201234"),
    PH("12345"),
    # P44010600123: a pharmacy's insurance code; 邮编510030: a postcode; nothing
]
