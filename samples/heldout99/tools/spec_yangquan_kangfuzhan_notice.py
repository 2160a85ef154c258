from gold_lib import *

YQ, SX = "140300", "140000"                      # 阳泉市, 山西省
SPEC = [
    R("阳泉市", YQ, in_org=True),                # 阳泉市卫生健康委员会 (title)
    # 阳卫职健发〔2025〕17号: a document number
    # 各县(区)卫生健康局, 市职业病防治院: no place named
    R("山西省", SX, in_title=True),              # 《山西省尘肺病防治攻坚行动实施方案》
    D("2025年", "2025"),                          # 2025年全市
    # 一、 二、 … (一)(二)(三): section numbers
    D("2024年底", "2024", qualifier="approx"),    # 截至 is a preposition, outside
    C("9个", 9, "item"),
    R("平定县", "140321"), C("3个", 3, "item"),
    R("盂县", "140322"), C("4个", 4, "item"),
    R("阳泉市矿区", "140303"), C("1个", 1, "item"),  # 矿区 is a district of 阳泉 here (a chain after 阳泉市)
    R("郊区", "140311"), C("1个", 1, "item"),      # 郊区: the district 140311 in a list of 阳泉's counties
    C("1,862人", 1862, "person"),
    C("2.7万人次", 27000, "person"),
    D("2025年", "2025"),
    # 新建康复站: 新建 is a verb here (no 新建区)
    C("3个", 3, "item"),
    D("2025年12月31日前", "2025-12-31", qualifier="until"),
    C("超过100人", 100, "person", qualifier="min"),
    C("1个", 1, "item"),                          # 建有1个康复站: digit 1 is no lone 一
    P("90%以上", 0.9, qualifier="min"),
    P("不低于85%", 0.85, qualifier="min"),
    # 不少于80平方米: square metres are no unit of ours
    C("不少于2名", 2, "person", qualifier="min"),
    C("6台", 6, "piece"),                         # 6台(套)以上: 以上 does not touch the number's unit
    M("15万元", 150000),                          # 每站15万元: 每 + 站 is no period
    # 1:1 a ratio, nothing
    T("不少于5天", 5, "day", qualifier="min"),     # 每周开放不少于5天
    T("不少于6小时", 6, "hour", qualifier="min"),
    C("2-3次", {"min": 2, "max": 3}, "time"),
    T("30至45分钟", (30, 45), "minute"),
    T("3个月", 3, "month"),                        # 每3个月: the interval (set 89 call 15)
    C("1次", 1, "time"),
    T("10年以上", 10, "year", qualifier="min"),    # 接尘工龄10年以上
    M("每人次20元", 20, period="time"),
    M("不超过600元", 600, qualifier="max"),        # 每人每年补助不超过600元: 每年 does not touch (补助 between)
    P("70%", 0.7),
    R("阳泉市", YQ, in_org=True),                # (阳泉市职业病防治院)
    T("半年", 0.5, "year"),                        # 每半年…开展一次督导 (一次: lone 一)
    D("每年1月15日前", "--01-15", recurring="yearly", qualifier="until"),
    # 4.2mg/m³ and 2.5mg/m³ (NFKC: mg/m3): concentrations, no unit of ours
    # (the review's leftovers `3,` and `3,` are the ³ of m³ after NFKC)
    # 第3.2条 an article number; “三级” 康复站 a grade
    DR("2025年3月1日至4月30日", "2025-03-01", "2025-04-30"),
    DR("5-10月", "--05", "--10"),
    D("11月", "--11"),
    D("2025年11月30日前", "2025-11-30", qualifier="until"),
    PH("0353-2186517"),
    PH("(0353)7021458"),
    PH("139 3530 2817"),
    E("yqzyjk@example.gov.cn"),
    R("阳泉市", YQ),                              # 附件:1.阳泉市尘肺病康复站建设验收评分表: a topic (list number 1.)
    D("2025年度", "2025", _nb=True),              # 2.2025年度: 2. is a list number
    R("阳泉市", YQ, in_org=True),                # signature
    D("2025年2月18日", "2025-02-18"),
]
