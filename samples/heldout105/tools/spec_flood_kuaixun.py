from gold_lib import *

HH, YL, CX, XP = "431200", "431222", "431223", "431224"     # 怀化市, 沅陵县, 辰溪县, 溆浦县
LX, JSS, GS, LZ = "622900", "622927", "620000", "620100"    # 临夏回族自治州, 积石山…自治县, 甘肃省, 兰州市
ZK, XH, FG = "411600", "411622", "411621"                   # 周口市, 西华县, 扶沟县
DOCS = {
    "heldout105-jsonl-1": [
        R("怀化市", HH, in_org=True),               # 怀化市医保局 (title)
        D("2024-07-05", "2024-07-05"),              # 10:20: a time
        R("怀化市沅陵县", YL),                      # a chain
        R("辰溪县", CX),
        R("溆浦县", XP),
        C("8个", 8, "item"),                        # 8个县市区
        R("怀化市", HH, in_org=True),               # 怀化市医保局
        DR("2024年7月5日起至9月30日", "2024-07-05", "2024-09-30"),   # 自…起至…: 起至 joins them
        # 市内
        P("10个百分点", 0.1, points=True),
        T("6个月", 6, "month"),                     # 延长至6个月: 延长 (延安's 延长县) is the verb here, no place
        D("7月4日", "--07-04"),                     # 截至7月4日20时: 20时 a time
        R("沅陵县", YL),                            # 沅陵县城区: 城区 (a district's name elsewhere) is "urban area" here; 118.6米: a water level
        C("3.6万余人", 36000, "person", qualifier="min"),
        # 县人民医院: no place
        C("246人次", 246, "person"),
        PH("0745-2711234"),
        PH("12345"),
    ],
    "heldout105-jsonl-2": [
        R("临夏州", LX),                            # title: a topic
        D("2023-12-22", "2023-12-22"),
        R("积石山县", JSS),                         # 积石山县6.2级地震: 6.2级 a magnitude
        R("甘肃省", GS, in_org=True),               # 甘肃省医疗保障局
        # 省内, 任一: nothing
        T("24小时", 24, "hour"),                    # 绿色通道: 通道 is no place here
        M("5000万元", 50000000),
        D("12月21日", "--12-21"),                   # 截至12月21日18时
        # 全州: "the whole prefecture", not 广西's 全州县
        C("784名", 784, "person"),
        C("113人", 113, "person"),
        R("兰州", LZ),                              # 转送兰州
        C("26人", 26, "person"),
        R("临夏回族自治州", LX, in_org=True),       # 临夏回族自治州医疗保障局
        PH("0930-6211234"),
    ],
    "heldout105-jsonl-3": [
        R("周口", ZK),                              # title: 周口: a dateline place
        C("20支", 20, "piece"),                     # 20支医疗队
        D("2025-08-10", "2025-08-10"),              # 08:15: a time
        # 贾鲁河: a river
        R("周口市西华县", XH),
        R("扶沟县", FG),
        C("11个", 11, "item"),                      # 11个乡镇
        R("周口市", ZK, in_org=True),               # 周口市卫生健康委
        C("20支", 20, "piece"),
        C("260余名", 260, "person", qualifier="min"),
        # 每天8时至18时: times of day
        D("8月9日", "--08-09"),                     # 截至8月9日
        C("1.2万人次", 12000, "person"),
        M("约36万元", 360000, qualifier="approx"),
        R("周口市", ZK, in_org=True),               # 周口市医保局
        D("8月份", "--08"),
        # 县域内
        P("85%", 0.85),
        PH("0394-8231234"),
    ],
}
