from gold_lib import *

LS = "513400"                                       # 凉山彝族自治州
SPEC = [
    # 一图读懂: lone 一; 四免一关怀 (×4 in the page): 四免 has no classifier, 一关怀 a lone 一 (call 1)
    R("凉山州", LS),                                # 凉山州艾滋病防治政策问答: a place before a topic, plain
    R("凉山州", LS, in_org=True),                   # 来源:凉山州卫生健康委员会
    D("2025-05-08", "2025-05-08"),
    # 农村居民和城镇: 民和 straddles two words, not 民和县 (青海)
    R("凉山", LS),                                  # 在凉山哪里
    # 全州 (×2), 我州: "the whole prefecture", "our prefecture"; not 全州县 (广西), as in set 14's 凉山 page
    C("17个", 17, "item"),                          # 17个县(市)疾控中心
    R("西昌市", "513401"),                          # 西昌市、昭觉县…等地的县级医院: places listed, not one organisation's name
    R("昭觉县", "513431"),
    R("布拖县", "513429"),
    R("越西县", "513434"),
    C("312个", 312, "item"),
    T("约30分钟", 30, "minute", qualifier="approx"),
    P("70%", 0.7),
    M("8000元", 8000),                              # 年度限额8000元: 限额 is not 上限
    C("1次", 1, "time"),                            # 每日1次 (call 4)
    C("1片", 1, "piece"),                           # 每次1片
    # CD4 (×4): a cell marker's name; 做一次: lone 一
    C("1次", 1, "time"),
    # 第1年: an ordinal
    T("6个月", 6, "month"),                         # 每6个月检测1次
    C("1次", 1, "time"),
    C("1次", 1, "time"),                            # 病毒载量每年1次
    # 低于200个/μL: a concentration (个 per microlitre), a quantity in another unit, not a count (call 6);
    # CD4在500以上: a bare number
    P("30%左右", 0.3, qualifier="approx"),
    P("2%以下", 0.02, qualifier="max"),
    T("6小时", 6, "hour"),                          # 6小时内: 内 is not a qualifier
    T("4至6周", (4, 6), "week"),
    T("18月龄", 18, "month", age=True),
    M("200元", 200),                                # 每人每月发放生活补助200元: 发放生活补助 between, no period
    M("3000元", 3000),                              # 每人每年补助教育费用3000元: idem
    T("18周岁", 18, "year", age=True),
    PH("0834-3226505"),
    R("凉山州", LS, in_org=True),                   # 凉山州疾病预防控制中心艾防科
    PH("12320"),
]
