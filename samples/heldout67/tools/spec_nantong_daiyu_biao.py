from gold_lib import *

NT = "320600"                                       # 南通市
HEAD = [R("南通市", NT, in_org=True), R("南通市", NT, in_org=True)]   # running header 南通市医疗保障局 南通市财政局
SPEC = HEAD + [
    # 通医保发〔2024〕31号 (in the running header): a document number; 附件2: an attachment number
    R("南通市", NT),                                # 南通市基本医疗保险住院待遇标准表: a topic
    D("2025年1月1日起", "2025-01-01", qualifier="from"),   # (自２０２５年１月１日起执行), full-width digits
    # 一、二、…: section numbers; table header cells have no numbers
    M("300元", 300), P("95%", 0.95),
    M("600元", 600), P("90%", 0.9),                 # 二次住院起付线减半: 二次 is "a second time", no count
    M("900元", 900), P("85%", 0.85),
    M("1,200元", 1200), P("80%", 0.8),              # 三级医院(市外): a hospital level, nothing
    P("3个百分点", 0.03, points=True),
    P("不超过98%", 0.98, qualifier="max"),
    M("40万元", 400000),                            # 年度最高支付限额 | 40万元: a cell gap stands between
    M("60万元", 600000),                            # 最高⏎60万元: 最高 ends the line before, no qualifier (call 2)
    M("200元", 200), P("80%", 0.8), M("30万元", 300000),
    M("500元", 500), P("70%", 0.7), M("30万元", 300000),
    M("800元", 800), P("6\n0%", 0.6), M("30万元", 300000),   # 6⏎0%: a break inside the number (call 1)
    M("1,000元", 1000), P("50%", 0.5), M("30万元", 300000),
    T("5年", 5, "year"),                            # 满5年后: like 30日后 → 30日; 满 is no qualifier
    T("1年", 1, "year"),                            # 每增加1年: digit 1 is no lone 一 (set 1 call 13)
    M("1万元", 10000),
    M("不超过35万\n元", 350000, qualifier="max"),   # 不超过35万⏎元: a break inside the mention (call 1)
    # 第 1 页 共 2 页: a page counter (set 29 call 2)
] + HEAD + [
    # 费用段(元) | 1.5万-5万(含) | 5万-10万(含): band cells with 万 and no 元 in the cell (the unit is in the column head,
    # as bare cells under 单位:家 in set 3 call 5): no money
    P("60%", 0.6),
    P("65%", 0.65),
    M("10万元以上", 100000, qualifier="min"),
    P("70%", 0.7),
    P("50%", 0.5),                                  # 起付线降低50%
    M("7,500元", 7500),
    P("5个百\n分点", 0.05, points=True),            # 5个百⏎分点 (call 1)
    # 一个自然年度: lone 一; 第3次: an ordinal
    P("10%", 0.1), P("15%", 0.15),
    R("海门区", "320614"), R("通州区", "320612"), R("如皋市", "320682"),
    R("启东市", "320681"), R("海安市", "320685"), R("如东县", "320623"),
    R("崇\n川区", "320613"),                        # 崇⏎川区: the place broken by the line end (call 1)
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    D("2024年12月31日前", "2024-12-31", qualifier="until"),
    PH("0513-85098123"),                            # (工作日 9:00-17:00): times of day
    # 第 2 页 共 2 页: a page counter
]
