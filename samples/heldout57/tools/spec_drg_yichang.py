from gold_lib import *

YC, HB, YL = "420500", "420000", "420506"           # 宜昌市, 湖北省, 夷陵区
SPEC = [
    R("宜昌市", YC, in_org=True),                   # 宜昌市医疗保障局关于…的通知
    D("2025年度", "2025"),
    # 宜医保发〔2025〕6号: a document number
    R("湖北省", HB, in_title=True),                 # 《湖北省DRG/DIP支付方式改革三年行动计划》: a plan's title, no body
    T("三年", 3, "year"),                           # 三年行动计划 (set 12 call 1)
    R("宜昌市", YC, in_title=True),                 # 《宜昌市按疾病诊断相关分组(DRG)付费实施细则》
    # 我市: no place
    D("2025年度", "2025"),
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    # 一、… 五、: section numbers; CHS-DRG 2.0版: a version (set 4 call 3)
    C("409个", 409, "item"),                        # ADRG 409个
    C("628个", 628, "item"),
    D("2024年", "2024"),
    P("98.6%", 0.986),
    P("1.2个百分点", 0.012, points=True),
    C("5例", 5, "case"),                            # 病例数不足5例: 不足 is not on the shared list
    # 三级医院, 二级医院, 一级及以下医院: hospital levels (一级及以下 qualifies a level, not a number with a unit)
    M("11,860元", 11860),                           # a DRG 基础费率 is plain money (set 35 call 1)
    M("9,420元", 9420),
    M("7,650元", 7650),
    # 病组权重×基础费率: a formula without numbers
    # ES23, GB19, FM19, IC29: group codes, nothing; 权重1.25, 3.8716, 2.96, 4.12: weights have no unit (set 35 call 1)
    M("14,825元", 14825),
    M("45,917元", 45917),
    M("35,106元", 35106),
    M("48,863元", 48863),
    # 四舍五入: a word; “23”: a code quoted, no unit
    D("2025年度", "2025"),                          # DIP paragraph
    M("0.92元", 0.92),                              # 预算点值暂按0.92元/点: a point value with 元 is money; /点 is no period (set 35 call 1)
    # 865.4分: a score (病种分值), nothing (guidelines: 200分)
    P("40%", 0.4),                                  # 低于本病组支付标准40%: 低于 is not on the shared list
    # 高于3倍: a multiple, nothing (set 4 call 3)
    P("90%", 0.9),
    T("超过60天", 60, "day", qualifier="min"),
    P("3%", 0.03),                                  # 不超过当年出院病例数的3%: 不超过 does not touch (set 1 call 14)
    P("70%", 0.7),
    P("15%", 0.15),                                 # 不超过结算总额的15%: the same
    P("50%", 0.5),
    P("50%", 0.5),
    D("2024年度", "2024"),
    C("37家", 37, "institution"),
    M("1.27亿元", 127000000),                       # 合计1.27亿元: 合计 is not on the list
    R("夷陵区", YL, in_org=True),                   # 夷陵区人民医院
    M("约860万元", 8600000, qualifier="approx"),
    P("90%", 0.9),                                  # 上月: no date
    D("每月15日前", "---15", relative_to="every_month", qualifier="until"),
    D("3月底前", "--03", qualifier="until"),        # 次年3月底前: 次年 outside (set 2 call 8)
    PH("0717-6221234"),                             # (结算科): a label
    # 周一至周五, 8:30-12:00、14:30-17:30: weekdays and times, nothing
    R("宜昌市", YC, in_org=True),                   # signature
    D("2025年1月8日", "2025-01-08"),
]
