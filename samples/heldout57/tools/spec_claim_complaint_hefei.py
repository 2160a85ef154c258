from gold_lib import *

HF, SS = "340100", "340104"                         # 合肥市, 蜀山区
SPEC = [
    R("合肥市", HF, in_org=True),                   # 合肥市医疗保障局基金监管科
    PH("13956012288"),                              # a mobile
    R("合肥市", HF, in_org=True),                   # 合肥市第二人民医院: 第二 an ordinal, 二人 no count
    # 一、二、三、: section numbers
    T("63岁", 63, "year", age=True),
    # 住院号:2025050633, 床号:17: an ID and a bed number, nothing
    D("2025-05-06", "2025-05-06"),                  # 入院日期 and 出院日期 are two labelled dates, not a range
    D("2025-05-15", "2025-05-15"),
    T("9天", 9, "day"),                             # 住院天数:9天
    # 2型糖尿病: a bare number in a name (set 33 call 7); E11.900, I10.x00: ICD-10 codes, nothing (call 1)
    # 高血压3级: a grade, like hospital levels
    # 体温37.2°C (NFKC of ℃), 血压160/95mmHg: clinical measurements, nothing (set 13 call 1)
    # 心率88次/分: a rate (beats per minute), a quantity in a compound unit, not a count of 88 times (call 4)
    # BMI 27.4, 11.6mmol/L: measurements, nothing
    T("2小时", 2, "hour"),                          # 餐后2小时血糖 (set 13 call 1); 17.8mmol/L nothing
    P("9.2%", 0.092),                               # 糖化血红蛋白(HbA1c)9.2%: a % is a percent (set 13 call 1); the 1 of HbA1c is a name's
    P("78.3%", 0.783),                              # 中性粒细胞百分比78.3%: the same; 百分比 is a word (no 之)
    # 98μmol/L, 38mg/L: measurements, nothing
    # 0.9%氯化钠注射液250ml: a strength in a drug's name (guidelines), 250ml another unit
    C("2次", 2, "time"),                            # 静脉滴注,每日2次: a dosage (set 29 call 5)
    # 6.8mmol/L, 130/80mmHg以下: measurements; 以下 qualifies nothing
    # 0.5g×30片/盒: a pack specification (set 8 call 1)
    C("2次", 2, "time"),                            # 每日2次
    C("2片", 2, "piece"),                           # 每次2片 (set 29 call 5)
    T("14天", 14, "day"),                           # 出院后14天复查
    T("3个月", 3, "month"),                         # 3个月后复查: 后 is a date word, not a duration qualifier
    M("18,652.40元", 18652.4),
    M("8,120.50元", 8120.5),                        # 其中甲类: 甲类/乙类/丙类 are drug classes, nothing
    P("0%", 0),                                     # 自付比例0%: a zero is a value (set 47 call 2)
    M("7,904.30元", 7904.3),
    P("10%", 0.1),
    M("2,627.60元", 2627.6),
    P("100%", 1),
    M("800元", 800),
    P("85%", 0.85),
    M("11,236.18元", 11236.18),
    M("7,416.22元", 7416.22),
    # 1. 2. 3.: list numbers; “一次性输液器”: 一次性 (guidelines)
    C("27次", 27, "time"),
    C("18次", 18, "time"),
    C("9次", 9, "time"),
    M("约1,350元", 1350, qualifier="approx"),       # 共计多收约1,350元: 共计 not on the list
    # CGM: no number; 丙类/乙类: classes
    M("2,160元", 2160),
    # 我省: no place
    P("20%", 0.2),
    T("9天", 9, "day"),                             # 3.患者住院9天: 3. is the list number
    T("11天", 11, "day"),
    M("45元/床日", 45, period="day"),               # the guidelines: 32元/床日 → day, /床日 in the span
    C("三项", 3, "item"),                           # 以上三项 (set 2 call 16: 两项)
    M("约3,900元", 3900, qualifier="approx"),       # 合计多负担约3,900元
    D("2025年5月20日", "2025-05-20"),
    T("20多天", 20, "day", qualifier="min"),        # 多 between the number and the unit → min (guidelines)
    T("15个工作日", 15, "workday"),                 # 在15个工作日内: 内 is not a qualifier
    C("1份", 1, "piece"),                           # 各1份 (set 44)
    D("2025年6月12日", "2025-06-12"),
    R("合肥市蜀山区", SS, in_org=True),             # 合肥市蜀山区医疗保障分局: one chain, an office
    PH("12345"),                                    # 12345政务服务便民热线: the number in a hotline's name (set 12)
]
