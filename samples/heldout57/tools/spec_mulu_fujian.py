from gold_lib import *

FJ, FZ, XM, QZ = "350000", "350100", "350200", "350500"   # 福建省, 福州市, 厦门市, 泉州市
SPEC = [
    D("2024年", "2024"),                            # headline 2024年国家医保药品目录
    C("91种", 91, "kind"),
    D("1月1日起", "--01-01", qualifier="from"),
    D("2024-12-30", "2024-12-30"),                  # 发布日期
    R("福建省", FJ, in_org=True),                   # 来源:福建省医疗保障局; 字号:[大 中 小]: page chrome, nothing
    D("2024年", "2024"),                            # 《…药品目录(2024年)》: a date inside a title (set 2 call 15)
    D("2025年1月1日起", "2025-01-01", qualifier="from"),   # 自<strong>2025年1月1日</strong>起
    # 人力资源社会保障部: 资源 is a common word (guidelines); 我省: no place
    C("91种", 91, "kind"),
    C("43种", 43, "kind"),
    C("3159种", 3159, "kind"),
    C("1765种", 1765, "kind"),
    C("1394种", 1394, "kind"),
    C("117种", 117, "kind"),
    C("89种", 89, "kind"),
    P("76%", 0.76),
    P("63%", 0.63),
    D("2023年", "2023"),
    T("2年", 2, "year"),                            # 协议期为2年
    DR("2025年1月1日至2026年12月31日", "2025-01-01", "2026-12-31"),
    # 一、二、三、: section numbers; table header: nothing
    # GLP-1, PD-1, PD-L1, JAK: target names, bare numbers (set 46 call 6)
    # 1.34mg/ml,1.5ml/支: a specification in other units, nothing
    M("385元", 385),                                # 385元/支: 支 is a classifier, no period
    P("7.0%", 0.07),                                # HbA1c≥7.0%: a % is a percent (set 13 call 1); ≥ is no qualifier word;
                                                    # the 1 of HbA1c is part of a name
    # 2型糖尿病: a bare number in a medical name (set 33 call 7)
    # 10ml:100mg/瓶: a specification
    M("1450元", 1450),                              # 1450元/瓶
    T("18岁", 18, "year", age=True),                # 限≥18岁: ≥ is no qualifier word (set 13 call 1)
    P("1%", 0.01),                                  # PD-L1表达≥1%: PD-L1 is a name; the 1% is a percent
    # 15mg×28片/盒: a pack specification (set 8 call 1)
    M("2980元", 2980),                              # 每盒2980元: 每 + a classifier, no period
    T("12岁以上", 12, "year", age=True, qualifier="min"),
    T("不超过16周", 16, "week", qualifier="max"),
    # 5g×9袋/盒: a pack specification
    C("3次", 3, "time"),                            # 每日3次: a dosage (set 29 call 5)
    # 每次1袋: 袋 is not a classifier of the guidelines' list, nothing (call 2)
    T("不超过7天", 7, "day", qualifier="max"),
    # 协议期内: no number
    P("10%", 0.1),                                  # 先行自付<b>10</b>%
    P("15%", 0.15),
    # “双通道”: no number; 通道 is a common word (guidelines), no place
    P("10%", 0.1),
    # 三级医院: a hospital level
    P("70%", 0.7),
    # 9价HPV疫苗 (×2): 价 (valency) is no unit; 第二类疫苗: an ordinal
    # 接种3剂: 剂 is not a classifier of the list (set 23 call 7 read 每剂 the same way), nothing
    M("3900元左右", 3900, qualifier="approx"),
    # GLP-1类药物: 1类 is the tail of a target name, not a count of 1 kind (call 3)
    T("1个月", 1, "month"),                         # 在1个月内: digit 1 is not a lone 一 (set 1 call 13); 内 no qualifier
    R("福州", FZ),                                  # 福州、厦门、泉州三市: three cities; 三市 is no count
    R("厦门", XM),
    R("泉州", QZ),
    D("2025年1月10日前", "2025-01-10", qualifier="until"),
    PH("12393"),
    PH("0591-87861234"),
    U("https://ybj.fj.example.gov.cn/ml2024"),      # the number in the URL is nothing
]
