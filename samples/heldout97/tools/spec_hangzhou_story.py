from gold_lib import *

HZ, XH, WZ, ZJ = "330100", "330106", "330300", "330000"   # 杭州市, 西湖区 (杭州), 温州市, 浙江省
SPEC = [
    T("三年", 3, "year"),                           # 等了三年: not a lone 一 (title)
    R("杭州", HZ),                                  # title: 一对杭州夫妻 (a place before people, plain); 一对: lone 一
    # 钱江晚报: 钱江 is no GB/T 2260 unit
    D("2025-09-03", "2025-09-03"),                  # publication line; 08:15 a time
    T("36周岁", 36, "year", age=True),
    T("6年", 6, "year"),
    D("2019年", "2019"),
    C("两人", 2, "person"),                         # 两人从温州…: 两 + 人 (a person classifier) is a count
    R("温州", WZ),
    R("杭州市西湖区", XH),                          # a chain (西湖区 of 杭州, not 南昌's)
    # 前两年: 前 + 两年 → 两年 is a duration
    T("两年", 2, "year"),
    # 大半年: no number
    M("两万块", 20000),                              # 差不多两万块: 差不多 not on the list
    D("2022年3月", "2022-03"),
    # 第一次: ordinal
    R("浙江", ZJ, in_org=True),                     # 浙江大学医学院附属妇产科医院生殖中心
    T("4个月", 4, "month"),                         # 排号排了4个月: months of waiting
    D("7月", "--07"),
    # 第一个周期: ordinal
    C("11颗", 11, "piece"),                         # 取了11颗卵: 颗 is a classifier (piece)
    C("5个", 5, "item"),                            # 配成5个胚胎
    # 移植了2枚: 枚 is no classifier → nothing
    # 第二次移植: ordinal
    D("2023年1月", "2023-01"),
    T("14天", 14, "day"),                           # 验孕前那14天
    # 两次下来: 两次 is a count
    C("两次", 2, "time"),
    M("约6.8万元", 68000, qualifier="approx"),
    D("2024年", "2024"),
    R("浙江省", ZJ),                                # 浙江省将…纳入医保: the province as an actor, plain (no org word)
    P("70%左右", 0.7, qualifier="approx"),          # 报销 share
    D("2024年10月", "2024-10"),
    # 第三次移植: ordinal
    M("9800元", 9800),
    M("4200元", 4200),
    # 移植后第14天: 第 → ordinal
    T("12周", 12, "week"),                          # 孕12周时: a week of pregnancy, a duration, 孕 outside
    # 早两年: 两年 is a duration
    T("两年", 2, "year"),
    M("三四万块", (30000, 40000)),                  # two neighbouring numerals → range
    # 三年多来: 多 after the unit, not between number and unit: 三年 only, no qualifier
    T("三年", 3, "year"),
    M("约12万元", 120000, qualifier="approx"),
    T("近40天", 40, "day", qualifier="approx"),    # 将近40天: 近 (on the list) touches the number; 将 stays outside
    T("28周", 28, "week"),                          # 已怀孕28周
    D("2025年12月", "2025-12"),
    D("2024年", "2024"),                            # 该院2024年辅助生殖门诊量
    C("超过20万人次", 200000, "person", qualifier="min"),
    T("35周岁以下", 35, "year", age=True, qualifier="max"),
    P("约为55%", 0.55, qualifier="approx"),         # 成功率约为55%: a success rate
    T("40周岁以上", 40, "year", age=True, qualifier="min"),
    P("15%左右", 0.15, qualifier="approx"),
    PH("0571-89991234"),
    # 冻存着3枚胚胎: 枚 is no classifier → nothing
    M("每年1000元", 1000, period="year"),           # 保存费每年1000元
]
