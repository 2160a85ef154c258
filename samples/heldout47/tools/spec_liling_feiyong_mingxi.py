from gold_lib import *

ZZ, LL = "430200", "430281"                         # 株洲市, 醴陵市
SPEC = [
    R("醴陵市", LL, in_org=True),                   # 醴陵市中医院住院费用明细清单: the hospital's name
    # 住院号 2025050611 (looks like a date + 11: an ID), 骨伤科一病区, 床号 07: nothing
    R("醴陵市", LL),                                # 职工基本医疗保险(醴陵市): the programme's place, plain
    D("2025年5月6日", "2025-05-06"),
    D("2025年5月13日", "2025-05-13"),               # labels between: two dates
    T("7天", 7, "day"),                             # 共住院7天: 共 is no qualifier
    D("2025-05-13", "2025-05-13"),                  # 打印日期; 收费处02: a cashier number
    # 单价、金额单位:元 and the headers 单价(元)/金额(元): the unit is stated once for the columns, so every
    # bare price and amount cell below is no money (call 3); 数量 cells are bare numbers
    D("2025-05-06", "2025-05-06"),
    # 床位费(三人间) 床日 1 32.00 32.00 甲类: nothing (床日 is a unit cell without a number); 三人间 names a
    # room type (a three-bed ward), no count of persons (call 6); the same in the row of 2025-05-07 and in 说明 2
    P("0%", 0),                                     # 自付比例 cell: a percent, value 0 (call 2)
    D("2025-05-06", "2025-05-06"),
    P("0%", 0),
    D("2025-05-06", "2025-05-06"),
    # 数字化摄影(DR) 部位 2 70.00 140.00: nothing (部位 no classifier, in its own cell)
    P("0%", 0),
    D("2025-05-06", "2025-05-06"),
    # 注射用头孢呋辛钠 1.5g/支: a specification (set 8 call 1); 4, 12.50, 50.00: bare cells
    P("10%", 0.1),
    D("2025-05-06", "2025-05-06"),
    # 0.9%氯化钠注射液: a concentration inside a drug's name, no percent (call 4); 100ml/袋 a specification
    P("0%", 0),
    # 当日小计 262.80: a bare cell under 金额(元), nothing (call 3)
    D("2025-05-07", "2025-05-07"),
    P("0%", 0),
    D("2025-05-07", "2025-05-07"),
    P("0%", 0),
    D("2025-05-07", "2025-05-07"),
    # 中药饮片(独活寄生汤) 剂 3 46.80 140.40: 剂 is no classifier of the list and 3 stands in its own cell
    P("10%", 0.1),
    D("2025-05-07", "2025-05-07"),
    # 普通针刺 次 1: 次 in its own unit cell, 1 in the 数量 cell: no count
    P("0%", 0),
    D("2025-05-07", "2025-05-07"),
    # 玻璃酸钠注射液 2ml:20mg/支: a specification (2ml:20mg is no time), nothing
    P("10%", 0.1),
    D("2025-05-07", "2025-05-07"),
    # 一次性使用无菌注射器 (一次性: lone 一) 5ml/支 6 0.85 5.10: nothing
    P("100%", 1),
    # 当日小计 398.50: bare
    DR("2025-05-08至2025-05-12", "2025-05-08", "2025-05-12"),   # a row covering five days
    # 续页第2页至第4页: page ordinals (第…页), no range; 4,935.50: a bare cell
    D("2025-05-13", "2025-05-13"),
    # 出院带药:骨刺消痛胶囊 0.3g×36粒/盒: a pack specification (36粒 no count, set 8 call 1); 2 58.60 117.20 bare
    P("10%", 0.1),
    # 当日小计 117.20; 分类汇总(元):甲类 3,046.80 乙类 2,316.70 丙类 350.50: the unit in the label's
    # brackets, bare amounts (call 3)
    M("5,714.00元", 5714),                          # 费用总计
    M("伍仟柒佰壹拾肆元", 5714),                    # 大写: financial numerals with 元 (call 5); 整 is no part of it
    M("6000元", 6000),                              # 预交金
    M("286.00元", 286),                             # 应退(补)金额:退286.00元 (退 a verb)
    # 说明 1.-3.: list numbers
    P("10%", 0.1),                                  # 个人先行自付10%
    P("100%", 1),                                   # (自付比例100%)
    M("32元/床日", 32, period="day"),               # a bed-day rate: /床日 in the span, period day
    T("15日", 15, "day"),                           # 出院后15日内
    PH("0731-23216745", city="株洲市"),             # 0731 is shared by 长沙/株洲/湘潭: 株洲市 from the page (醴陵)
    U("https://www.llszyy.example.cn"),
    R("醴陵市", LL, in_org=True),                   # 醴陵市中医院收费处(盖章)
    D("2025年5月13日", "2025-05-13"),
]
