from gold_lib import *

CQ, CD, SC = "500000", "510100", "510000"          # 重庆市, 成都市, 四川省
SPEC = [
    # 川渝: two one-character abbreviations, no place (also 川渝医保观察, 川渝两地, 川渝通办 below)
    T("五年", 5, "year"),                          # "一卡通"五年: five years of the card; 一卡通 is a name
    D("2025-01-08", "2025-01-08"),                 # 09:32: a time of day; 王某, 李某: persons
    R("重庆", CQ),
    R("成都", CD),
    # 跑三四趟: 趟 is not a classifier of the list, so no count
    R("成都市金牛区", "510106"),                   # a chain: one mention at its most specific level
    D("10月", "--10"),                             # 去年10月: 去年 is not part of the date
    R("重庆", CQ, in_org=True),                    # 重庆医科大学附属第一医院
    M("8.6万元", 86000),
    M("5.9万元", 59000),
    R("四川省", SC, in_org=True),
    R("重庆市", CQ, in_org=True),
    DR("2019—2024年", "2019", "2024"),
    C("1.2亿人次", 120000000, "person"),
    M("386.5亿元", 38650000000),
    D("2024年", "2024"),
    C("4120万人次", 41200000, "person"),
    P("25.3%", 0.253),
    M("约97亿元", 9700000000, qualifier="approx"),
    # 成渝双城经济圈: 成渝 is two abbreviations, 双城 a common word (not 哈尔滨 双城区): no place
    # the pairs 成都—重庆 etc. are two places each, joined by a dash (not a range: places have none)
    R("成都", CD),
    R("重庆", CQ),
    R("广安", "511600"),
    R("渝北", "500112"),
    R("达州", "511700"),
    R("万州", "500101"),
    R("遂宁", "510900"),
    R("潼南", "500152"),
    R("内江", "511000"),
    R("荣昌", "500153"),
    D("2024年12月底", "2024-12", qualifier="approx"),   # 截至 is a preposition; 底 → approx
    C("3.8万家", 38000, "institution"),
    D("2020年", "2020"),
    # 近2倍: 倍 is no unit of any type, so nothing (近 would only qualify a mention)
    P("98%以上", 0.98, qualifier="min"),
    R("重庆市", CQ, in_org=True),                  # 重庆市医保局
    D("2025年起", "2025", qualifier="from"),
    R("邻水县", "511623"),
    R("华蓥市", "511681"),
    R("重庆市长寿区", "500115"),                   # a chain (municipality + district)
    R("垫江县", "500231"),
    # 三级医院: a hospital level
    M("800元", 800),                               # 降至800元: 降至 is a verb
    C("超过400万人", 4000000, "person", qualifier="min"),
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    P("约三成", 0.3, qualifier="approx"),
    # "国家医保服务平台"APP: no place
    T("6个月", 6, "month"),                        # 6个月内: 内 is no qualifier word
    PH("028-61886120"),
    R("四川", SC),                                 # (四川): a place labelling the number
    PH("023-67702325"),
    R("重庆", CQ),
]
