from gold_lib import *

CD, SC = "510100", "510000"                         # 成都市, 四川省
SPEC = [
    R("成都市", CD, in_org=True),                   # 成都市医疗保障局关于… (heading, no 《》); 乙类乙管: no number
    # 各区(市)县: no place
    # 《新型冠状病毒感染诊疗方案(试行第十版)》: a version (ordinal), no count
    R("四川省", SC, in_org=True),                   # 四川省医疗保障局
    D("2023年1月8日起", "2023-01-08", qualifier="from"),
    # 乙类甲管, 乙类乙管: categories, no numbers; (一)…(五): list numbers
    P("60%", 0.6),                                  # 按60%给予补助: 按 outside
    P("50%", 0.5),
    P("70%", 0.7),
    P("20个百分点", 0.2, points=True),
    M("2000元", 2000),
    M("3000元", 3000),
    T("65岁以上", 65, "year", age=True, qualifier="min"),
    T("不超过12周", 12, "week", qualifier="max"),
    M("不超过6.5元", 6.5, qualifier="max"),        # 每人份: 每 + a classifier, no period (call 1)
    M("每次不超过3元", 3, period="time", qualifier="max"),
    M("每人次不超过16元", 16, period="time", qualifier="max"),
    # 37.3℃以上: a temperature with 以上, no mention (call 3)
    R("锦江区", "510104"),
    R("青羊区", "510105"),
    R("武侯区", "510107"),
    # 二级及以上医疗机构: a hospital level
    D("2023年1月8日起", "2023-01-08", qualifier="from"),
    D("2023年3月31日", "2023-03-31"),               # 有效期至2023年3月31日: 至 a preposition (set 1 call 15)
    D("1月31日", "--01-31"),                        # 截至 outside
    C("48.6万人次", 486000, "person"),
    M("约2.1亿元", 210000000, qualifier="approx"),
    C("1.3万例", 13000, "case"),
    T("12天", 12, "day"),
    PH("028-61881234"),
    U("https://cdyb.example.gov.cn/xg2023"),        # 2023 inside the URL: nothing of its own
    R("成都市", CD, in_org=True),
    D("2023年1月7日", "2023-01-07"),
]
