from gold_lib import *

PJ, YY, HUN = "430626", "430600", "430000"          # 平江县, 岳阳市, 湖南省
SPEC = [
    R("平江县", PJ, in_org=True),                   # 平江县防汛抗旱指挥部办公室
    # (第5期): an issue number
    D("2024年7月2日", "2024-07-02"),                # 18时: a time of day
    D("6月30日", "--06-30"),                        # 6月30日8时至7月1日8时: two dates, the hours are times (set 82's call)
    D("7月1日", "--07-01"),
    # 我县/全县: no places; 186.5毫米, 312毫米: rainfall, nothing; 三市镇: a township
    # 汨罗江: a river (汨罗, 汨罗市's short name, and 罗江, 德阳's 罗江区, are parts of a longer name), also 汨罗江沿线 below
    R("平江", PJ, in_org=True),                     # 平江站: a hydrological station's name (a facility)
    D("7月1日", "--07-01"),                         # 7月1日14时: 14时 a time; 74.6米 / 2.1米: water levels, nothing
    D("1998年以来", "1998", qualifier="from"),
    D("7月2日", "--07-02"),                         # 截至7月2日17时
    C("24个", 24, "item"),                          # 24个乡镇
    # 三市镇、加义镇、安定镇 (安定 is 定西's 安定区 elsewhere)、龙门镇: townships, no places
    C("12.6万人", 126000, "person"),
    C("2.3万人", 23000, "person"),
    C("4860人", 4860, "person"),
    C("1.8万余人", 18000, "person", qualifier="min"),
    # 倒塌房屋213间: 间 is no classifier of the list; 1.9万公顷: area, nothing
    M("约8.6亿元", 860000000, qualifier="approx"),
    # 县卫健局: no place
    C("15支", 15, "piece"),                         # 医疗队15支: 支 is on the piece list
    C("120余名", 120, "person", qualifier="min"),
    C("36个", 36, "item"),
    C("4210人次", 4210, "person"),
    C("17人", 17, "person"),
    R("岳阳市", YY),                                # 岳阳市派出的: the city as actor, no name follows
    R("岳阳市", YY, in_org=True),                   # 岳阳市中心医院医疗队
    R("湖南省", HUN, in_org=True),                  # 湖南省人民医院医疗队
    D("7月1日", "--07-01"),                         # 22时: a time
    # 县医保局
    C("8个", 8, "item"),
    C("1263人次", 1263, "person"),
    M("28.4万元", 284000),
    P("10个百分点", 0.1, points=True),
    # 一是/二是/三是/四是: enumerators
    T("24小时", 24, "hour"),                        # 24小时值班制度
    T("2小时", 2, "hour"),                          # 每2小时报送一次: 一次 lone 一
    C("两次", 2, "time"),                           # 每天两次巡诊
    T("3天", 3, "day"),                             # 3天内
    # 汨罗江沿线: the river again (汨罗/罗江 inside it: no places)
    C("8个", 8, "item"),
    PH("0730-6221234"),
    PH("13907301234"),
]
