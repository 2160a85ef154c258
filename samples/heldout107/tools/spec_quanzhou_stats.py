from gold_lib import *

QZ = "350500"                                       # 泉州市
SPEC = [
    R("泉州市", QZ),                                # title: a place before a topic
    D("2024年", "2024"),
    R("泉州市", QZ, in_org=True),                   # 泉州市医疗保障局
    R("泉州市", QZ, in_org=True),                   # 泉州市卫生健康委员会
    D("2025年2月26日", "2025-02-26"),
    # 一、…五、: section numbers
    DR("2024年1-12月", "2024-01", "2024-12"),
    C("27家", 27, "institution"),
    D("2023年", "2023"),
    C("9家", 9, "institution"),
    C("41256台次", 41256, "piece"),                 # 台次 → piece (set 4 call 2)
    P("36.4%", 0.364),
    P("21.3%", 0.213),                              # 占…的: a share, a percent like any other
    P("5.2个百分点", 0.052, points=True),
    C("32880台次", 32880, "piece"),
    P("79.7%", 0.797),                              # 占比79.7%
    C("8376台次", 8376, "piece"),
    P("20.3%", 0.203),
    T("5.6天", 5.6, "day"),                         # 平均住院日由5.6天缩短至0.9天: two durations
    T("0.9天", 0.9, "day"),
    T("24小时", 24, "hour"),
    P("96.8%", 0.968),
    T("超过48小时", 48, "hour", qualifier="min"),
    C("312例", 312, "case"),
    P("0.76%", 0.0076),
    M("7842元", 7842),
    P("31.5%", 0.315),
    M("2.18亿元", 218000000),
    P("38.2%", 0.382),
    P("27.6%", 0.276),
    C("126个", 126, "item"),
    # 前10位病种: a rank (the top ten), 位 counts no persons here: nothing (call 4); 前三位: idem
    P("58.4%", 0.584),
    # ICD-9-CM3 13.41, (53.0x), (85.21): procedure codes, nothing (call 3)
    C("12083台次", 12083, "piece"),
    C("4215台次", 4215, "piece"),
    C("2967台次", 2967, "piece"),
    R("鲤城区", "350502"), R("丰泽区", "350503"), R("晋江市", "350582"),
    R("石狮市", "350581"), R("南安市", "350583"),
    P("71.2%", 0.712),
    R("安溪县", "350524"), R("永春县", "350525"), R("德化县", "350526"),
    C("3个", 3, "item"),                            # 3个县
    C("1865台次", 1865, "piece"),
    R("泉州市", QZ, in_org=True),                   # 泉州市第一医院
    C("8940台次", 8940, "piece"),
    # 首位: an ordinal sense, nothing
    # 术后第1天: an ordinal (call 2)
    P("80%", 0.8),                                  # 不足80%: 不足 is not on the list
    T("超过14天", 14, "day", qualifier="min"),
    D("2025年", "2025"),
    C("不少于30个", 30, "item", qualifier="min"),
    P("25%以上", 0.25, qualifier="min"),
    T("1天以内", 1, "day", qualifier="max"),        # digit 1, not a lone 一
    PH("0595-22587316"),
    R("泉州市", QZ, in_org=True),                   # 泉州市医疗保障信息平台: a platform's name
    D("2024年12月31日", "2024-12-31"),              # 截至 is a preposition outside
]
