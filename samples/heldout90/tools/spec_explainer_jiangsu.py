from gold_lib import *

JS = "320000"
SPEC = [
    # 《关于调整部分医疗服务价格项目的通知》: no place in the title
    # 一、… 五、: list numbers
    D("2023年以来", "2023", qualifier="from"),
    R("江苏省", JS),                                # 江苏省先后开展: the province as subject, plain
    # 两批: 批 is a classifier, but 两批 here follows 开展了; it is a count of batches
    C("两批", 2, "batch"),
    D("2024年", "2024"),
    P("31.6%", 0.316),
    P("1.8个百分点", 0.018, points=True),
    # 三级医院: a grade; Ⅰ级护理: a care level
    M("约为46元/日", 46, period="day", qualifier="approx"),   # 约为 (before) touches; /日 a day rate
    P("六成左右", 0.6, qualifier="approx"),
    # "总量控制、结构调整、有升有降、逐步到位": no numbers
    P("2%以内", 0.02, qualifier="max"),
    C("36项", 36, "item"),
    C("24项", 24, "item"),
    C("12项", 12, "item"),
    P("约20%", 0.2, qualifier="approx"),
    P("5%", 0.05),                                  # 5%-10%: two percents
    P("10%", 0.1),
    D("2024年", "2024"),
    C("约5.2亿人次", 520000000, "person", qualifier="approx"),
    M("约9.8亿元", 980000000, qualifier="approx"),
    M("约4.1亿元", 410000000, qualifier="approx"),
    M("约5.7亿元", 570000000, qualifier="approx"),
    M("不超过0.5元", 0.5, qualifier="max"),         # 人均每次增加不超过0.5元: 每次 does not touch (增加 between)
    DR("2025年10月15日至10月31日", "2025-10-15", "2025-10-31"),
    C("57条", 57, "item"),
    C("41条", 41, "item"),
    R("南京", "320100"),
    R("徐州", "320300"),
    # 一级医院: a grade
    P("75%", 0.75),
    P("80%", 0.8),
    T("3个月", 3, "month"),                         # 3个月内 (内 is no qualifier)
    # 每季度通报: a period word with no number
    R("苏州", "320500"),                            # 苏州工业园区: a development zone (no unit of GB/T 2260), the city; a place before a zone, plain
    R("常州市天宁区", "320402"),                    # a chain: the county
    R("江苏省", JS, in_org=True),                   # 江苏省医疗保障局医药价格和招标采购处
    # 周丽华: a person (丽华 no place)
    PH("025-83271268"),
]
