from gold_lib import *

FT = "440304"                                       # 福田区 (深圳市, 广东省)
SPEC = [
    # 瑞泽人寿保险股份有限公司: an invented insurer, no place; (2025版): a bare year without 年, no date
    D("2025-03-10", "2025-03-10"),                  # 发布日期
    # 适用产品:RZ-MED-2025A / RZ-MED-2025B: product codes, numbers inside them are nothing
    # 一、 1. 2. 3. …: list numbers
    T("0-65周岁", (0, 65), "year", age=True),       # an age range written with one unit (guidelines: ranges, ages)
    T("28天", 28, "day"),                           # 出生满28天: 满 is no qualifier (满30年); an age in days, but the
                                                    # guidelines give the age flag to 岁/周岁 only, so none here
    T("100周岁", 100, "year", age=True),            # 续保最高可至100周岁: 最高 does not touch (可至 between)
    T("1年", 1, "year"),                            # 保险期间1年: digit 1, not the lone determiner 一
    T("90天", 90, "day"),                           # 等待期90天
    # 续保无等待期, 意外伤害…无等待期: no number
    T("18周岁", 18, "year", age=True),              # 年满18周岁: 满 outside
    M("100万~300万元", (1000000, 3000000)),         # 保额100万~300万元: one unit, a range (guidelines: 3万~15万元)
    M("每年1万元", 10000, period="year"),           # 免赔额每年1万元
    M("最高600万元", 6000000, qualifier="max"),
    P("100%", 1),
    P("60%", 0.6),
    # 社保二次报销: secondary reimbursement, no count (guidelines)
    M("最高100万元", 1000000, qualifier="max"),
    C("3家", 3, "institution"),
    T("48小时", 48, "hour"),                        # 48小时内: 内 outside
    PH("95519"),                                    # a 95xxx service number
    PH("400-820-6199"),
    M("超过5000元", 5000, qualifier="min"),         # 单张发票金额超过5000元: 单张 is no period
    T("10日", 10, "day"),                           # 10日内 (a duration, like 30日后)
    T("3个工作日", 3, "workday"),
    T("2年", 2, "year"),                            # 2年内
    T("45周岁", 45, "year", age=True),
    D("2024年11月", "2024-11"),
    D("2025年2月", "2025-02"),
    R("广东省深圳市福田区", FT),                    # a chain ending in a district; 某三甲医院: 三甲 a hospital grade
    T("5天", 5, "day"),
    M("2.36万元", 23600),
    M("1.12万元", 11200),
    P("100%", 1),
    M("2400元", 2400),
    # 系统字段示例: 计划代码 RZ-MED-2025A (a code), 等待期:90, 免赔额:10000, 年龄上限:65 — numbers with no unit
    # (guidelines: 等待期:90): no mentions; 上限 does not touch a unit
    PH("95519"),
    T("24小时", 24, "hour"),                        # (全天24小时)
    # 全国服务热线: 全国 is no place
    PH("400-820-6199"),
    E("claims@ruize-life.example.com"),
    U("https://www.ruize-life.example.com"),
    R("深圳市福田区", FT),                          # 公司地址: an address, no org; 深南大道6008号: a road and a house number
]
