from gold_lib import *

SPEC = [
    # 一文看懂: lone 一
    D("2025-08-18", "2025-08-18"),                  # the time 09:12 is nothing; 健康时报网: no place
    D("2025年7月底", "2025-07", qualifier="approx"),# 截至 a preposition
    C("20多个", 20, "item", qualifier="min"),       # 多 between number and classifier → min; 全国: no place
    R("浙江省", "330000"),
    D("2021年9月1日起", "2021-09-01", qualifier="from"),
    R("杭州", "330100"),
    R("宁波", "330200"),
    C("11个", 11, "item"),
    R("江苏省", "320000"),
    R("苏州市", "320500"),
    D("2022年1月1日开始", "2022-01-01", qualifier="from"),
    R("南京市", "320100"),
    D("2023年7月起", "2023-07", qualifier="from"),
    # 九价: 价 no classifier
    R("四川省成都市", "510100"),
    D("2024年3月1日起", "2024-03-01", qualifier="from"),
    M("不超过3000元", 3000, qualifier="max"),
    R("广东省深圳市", "440300"),
    R("深圳", "440300"),                            # 深圳医保个人账户: a topic
    # 23价: 价 no classifier
    C("12种", 12, "kind"),
    # 一名: lone 一
    R("杭州", "330100"),
    M("约2600元", 2600, qualifier="approx"),
    # 3剂: no classifier
    M("1318元", 1318),                              # 每剂1318元: no period
    M("3954元", 3954),
    M("1354元", 1354),
    M("1598元", 1598),                              # 每支1598元: 每 + classifier, no period
    # 2剂: no classifier
    T("2至6个月", (2, 6), "month"),
    M("3196元", 3196),
    T("50岁及以上", 50, "year", age=True, qualifier="min"),
    P("90%以上", 0.9, qualifier="min"),             # 可达 stands before it
    PH("12393"),
    R("浙江省", "330000", in_org=True),             # 浙江省医疗保障局
    PH("0571-87053216"),
    U("www.jksb.example.com/2025/0818/yimiao.html"),
]
