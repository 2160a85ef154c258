from gold_lib import *

JN, SD = "370100", "370000"                         # 济南市, 山东省
SPEC = [
    # SMA: an abbreviation, nothing
    T("五年", 5, "year"),                           # 一个SMA家庭的五年: 一个 is a lone 一; 五年 a duration
    R("济南", JN, in_org=True),                     # 来源:济南日报 (a newspaper)
    D("2025-05-16", "2025-05-16"),                  # 08:30 a time
    R("济南市历城区", "370112"),                    # a chain: the county; 的一个小区: lone 一
    T("5岁", 5, "year", age=True),
    T("4年", 4, "year"),                            # 4年前: 前 is no duration qualifier; 4年 is no year
    # (SMA)Ⅱ型 → II型 after NFKC: a disease type, nothing
    T("2岁", 2, "year", age=True),                  # 活不过2岁
    T("8个月", 8, "month", age=True),               # 8个月大时: an age in months (call 2); 大 stays outside
    C("3家", 3, "institution"),
    R("山东", SD, in_org=True),                     # 山东大学齐鲁医院 (齐鲁 is no unit of the gazetteer)
    # SMN1基因第7外显子: a gene name and an ordinal, nothing
    M("70万元", 700000),                            # 一针要70万元: 一针 is a lone 一
    # 第一年: ordinal; 打6针: 针 is no classifier of the list (call 3)
    M("10万元", 100000),                            # 一年收入不到10万元: 一年 lone 一; 不到 is not on the list
    D("2021年底前", "2021", qualifier="until"),
    D("2022年1月1日", "2022-01-01"),
    M("3.3万元左右", 33000, qualifier="approx"),   # 每针价格降到: 价格 between 每针 and the amount
    R("山东省", SD),                                # 山东省的政策: a place before a topic
    P("80%", 0.8),
    # 一年打3针: lone 一; 3针 no classifier (call 3)
    M("2万多元", 20000, qualifier="min"),
    M("70万元", 700000),                            # 70万元一针: 一针 after it is no period
    M("7000元", 7000),                              # 一针自付不到7000元
    D("2024年", "2024"),
    M("9.9万元", 99000),
    M("7.92万元", 79200),
    R("山东省", SD),                                # 山东省罕见病专项救助: a programme, plain
    M("1万元", 10000),
    M("约1万元", 10000, qualifier="approx"),
    T("4个月", 4, "month"),                         # 每4个月: 每 is a period word only for money (set 87 call 13); 一次 lone 一
    T("2到3天", (2, 3), "day"),                     # 每次住院2到3天
    C("3次", 3, "time"),                            # 每周3次
    T("45分钟", 45, "minute"),                      # 每次45分钟
    M("每月1200元左右", 1200, period="month", qualifier="approx"),
    # 一半: no percent form of the guidelines (set 87 call 9)
    R("济南市", JN, in_org=True),                   # 济南市医疗保障局
    D("2025年4月", "2025-04"),                      # 截至 before it
    C("63人", 63, "person"),
    T("18岁以下", 18, "year", age=True, qualifier="max"),
    C("41名", 41, "person"),
    # ‘一站式’: nothing
    # 加入了一个由…: lone 一
    C("200多个", 200, "item", qualifier="min"),     # 多 between the number and 个
    T("10个月", 10, "month", age=True),             # 最小的宝宝才10个月: an age in months (call 2)
    T("23岁", 23, "year", age=True),
    PH("0531-86091234"),
    PH("12345"),
]
