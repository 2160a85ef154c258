from gold_lib import *

CD, SC, JJ = "510100", "510000", "510104"           # 成都市, 四川省, 锦江区
SPEC = [
    # 一位: a lone 一
    R("成都", CD),                                  # 一位成都妈妈: a place describing a person, plain
    # “蓉城康复家长联盟”: 蓉城 is a nickname, not in the gazetteer
    D("2025-03-22", "2025-03-22"),
    D("2021年10月", "2021-10"),
    # 第3天: an ordinal; 两只耳朵: 只 is not in the classifier list
    T("42天", 42, "day"),
    R("四川", SC, in_org=True),                     # 四川大学华西医院
    # 95dB, 110dB: decibels, nothing; 大于 is no qualifier word
    # 一级听力残疾: a disability grade (set 65 call 1); 一个人工耳蜗: lone 一
    M("20万元左右", 200000, qualifier="approx"),
    M("1.2万元", 12000),                            # 每月收入加起来不到1.2万元: 收入 between 每月 and the amount; 不到 not a qualifier
    R("四川省", SC),                                # 四川省有…项目: a place before a programme, plain
    T("0-6岁", (0, 6), "year", age=True),
    M("最高6万元", 60000, qualifier="max"),         # 每例补助产品费用最高6万元: 每例 no period
    R("成都市", CD, in_org=True),                   # 成都市残联
    M("2万元", 20000),                              # 一次性补贴2万元: 一次性 a lone 一
    P("60%左右", 0.6, qualifier="approx"),
    D("2022年5月", "2022-05"),
    T("13个月", 13, "month", age=True),             # 13个月大 (a baby's age said with 大); 大 not in the span
    # 华西: a hospital's short name, no place; CI-612: a device model number
    M("约7.8万元", 78000, qualifier="approx"),
    C("5次", 5, "time"),                            # 每周5次: periods are a money feature
    T("45分钟", 45, "minute"),                      # 每次45分钟
    R("锦江区", JJ),                                # 锦江区一家康复机构: before a counted institution (一家), plain
    R("成都市", CD, in_org=True),                   # 成都市残疾人康复服务指导中心
    M("每月3600元", 3600, period="month"),
    M("1.8万元", 18000),                            # 每年补助1.8万元: 补助 between (set 65 call 4)
    T("3年", 3, "year"),
    T("三年", 3, "year"),                           # 三年过去了
    T("4岁", 4, "year", age=True),
    D("9月", "--09"),                               # 去年9月: 去年 outside
    # 一节课, 一半: lone 一 / no unit
    R("成都市", CD, in_org=True),                   # 成都市第一人民医院 (第一: an ordinal inside the name)
    T("半年", 0.5, "year"),                         # 每半年一次 (set 99 call: 半年, 一次 lone 一)
    R("成都市", CD, in_org=True),                   # 成都市残联康复部
    PH("028-86012345"),
]
