from gold_lib import *

WN, BJ, GZ = "520526", "520500", "520000"            # 威宁彝族回族苗族自治县, 毕节市, 贵州省
SPEC = [
    R("威宁", WN),                                   # 威宁三重保障…: the short name, a place before a topic
    R("毕节", BJ, in_org=True),                      # 毕节日报: a newspaper (set 1 call 7)
    D("2025-03-12", "2025-03-12"),                   # byline date; 08:45 is a time
    R("威宁彝族回族苗族自治县", WN),
    # 哈喇河镇: a township
    T("52岁", 52, "year", age=True),
    # 去年: a relative year, no number
    M("18.6万元", 186000),
    M("9300元左右", 9300, qualifier="approx"),
    P("95%", 0.95),
    # 一家5口人: 一家 is a lone 一; 口 is no classifier, 人 does not touch the number (set 44 call 4)
    R("威宁县", WN, in_org=True),                    # 威宁县医保局: short name + 县 (call 6)
    D("2024年", "2024"),
    C("2.36万人", 23600, "person"),
    C("4860人", 4860, "person"),
    # 县医保局: no place; "月排查、季研判": no numbers
    M("超过1万元", 10000, qualifier="min"),
    M("超过3万元", 30000, qualifier="min"),
    T("7个工作日", 7, "workday"),                    # 7个工作日内: 内 off the list
    # 乡村振兴部门: 振兴 (振兴区's short name) is a common word here
    # 今年起: no number; '三降一升一取消': no classifiers
    # 局长张毅: a person
    M("1.5万元", 15000),                             # 由1.5万元降至7500元: two amounts
    M("7500元", 7500),
    P("50%", 0.5),                                   # 降幅达50%
    P("三分之一", 1 / 3),                            # 起付线降低三分之一
    P("5个百分点", 0.05, points=True),
    # 取消大病保险封顶线: no number
    DR("2024年1-12月", "2024-01", "2024-12"),
    P("90%以上", 0.9, qualifier="min"),
    C("12.7万人次", 127000, "person"),
    M("1.46亿元", 146000000),
    P("11.2%", 0.112),                               # 同比增长: no qualifier
    C("36个", 36, "item"),
    # "一站式": lone 一
    C("620个", 620, "item"),
    # "一人一策": lone 一
    T("65岁以上", 65, "year", age=True, qualifier="min"),
    C("两种以上", 2, "kind", qualifier="min"),
    # 每季度上门随访: 每季度 is a money period only; it does not touch the count
    C("不少于1次", 1, "time", qualifier="min"),
    T("0至14周岁", (0, 14), "year", age=True),       # one age range, one unit
    R("威宁县", WN, in_org=True),                    # 威宁县医保局提醒
    PH("0857-6222165"),
    PH("12345"),
    R("贵州", GZ, in_org=True),                      # "贵州医保"小程序: an app
    R("毕节市", BJ),
    C("8个", 8, "item"),                             # 8个县(市、区)
    R("威宁", WN),                                   # 推广威宁做法: a place before a topic
    # (编辑:罗娟): a person
]
