from gold_lib import *

# A 科普 article comparing 美国, 德国, 日本 and 中国. No place of GB/T 2260 is named: 美国, 德国, 日本, 中国,
# 加州, 纽约州, 新泽西州, 巴伐利亚州, 柏林, 东京都, 大阪府, 北海道 (北海 is part of a longer, foreign name, like 龙江 in
# 黑龙江), 英国 are no regions (set 19 call 1, set 46 call 11).
SPEC = [
    C("四种", 4, "kind"),                           # 看懂四种医保
    D("2025-06-12", "2025-06-12"),                  # 发布时间 of the main article: a plain date (set 1 call 8); 09:30 a time
    C("四个", 4, "item"),                           # 把四个国家的…
    D("2025年", "2025"),                            # 以2025年公开口径
    # 三分天下: 三分 is no fraction (no 之), nothing; Medicare, Medicaid: English terms, nothing
    D("1965年", "1965"),
    T("65岁以上", 65, "year", age=True, qualifier="min"),
    # 加州 (Medi-Cal), 纽约州, 新泽西州: foreign states, no regions
    # Part A, Part B: letters, no numbers
    P("1.45%", 0.0145),
    P("2.9%", 0.029),
    T("10年", 10, "year"),                          # 满10年: 满 is not on the list
    T("40个季度", 40, "quarter"),
    D("2025年", "2025"),
    M("每月185美元", 185, currency="USD", period="month"),
    M("257美元", 257, currency="USD"),              # 年度免赔额257美元: 年度 … 免赔额 stands between, no period
    P("约20%", 0.2, qualifier="approx"),
    # 一个四口之家: lone 一; 口 is no classifier (set 44 call 4)
    M("2.5万美元左右", 25000, currency="USD", qualifier="approx"),
    P("约四分之一", 0.25, qualifier="approx"),
    P("约90%", 0.9, qualifier="approx"),
    C("约95家", 95, "institution", qualifier="approx"),
    # Krankenkasse, GKV, PKV: English/German terms, nothing
    D("2025年", "2025"),
    P("14.6%", 0.146),
    # 各付一半: no number
    P("7.3%", 0.073),
    P("2.5%", 0.025),
    M("超过5512.50欧元", 5512.5, currency="EUR", qualifier="min"),   # 超过 is on the list and touches
    M("约为1179欧元", 1179, currency="EUR", qualifier="approx"),     # 每月最多缴纳约为: 约为 touches; 每月 and 最多 do not
    D("2025年", "2025"),
    M("73800欧元", 73800, currency="EUR"),
    # 巴伐利亚州, 柏林: foreign places
    M("10欧元", 10, currency="EUR"),                # 每天自付10欧元: 自付 stands between 每天 and the amount, no period
    # 一年最多28天: 一年 is a lone 一
    T("最多28天", 28, "day", qualifier="max"),
    P("三成", 0.3),                                 # “三成负担” in a heading
    # 健康保险 (康保, twice here and once in the heading): 康保县 (河北) is a word's middle, no place
    # 市町村: Japanese municipalities, no number; 东京都, 大阪府, 北海道: foreign, no regions
    # 按上一年收入: lone 一 (上一年, the previous year)
    M("106万日元", 1060000, currency="JPY"),        # 上限为106万日元: 为 stands between 上限 and the amount
    T("70岁以下", 70, "year", age=True, qualifier="max"),
    P("30%", 0.3),
    T("70至74岁", (70, 74), "year", age=True),      # one range with one unit
    P("20%", 0.2),
    T("75岁以上", 75, "year", age=True, qualifier="min"),
    P("10%", 0.1),                                  # 多为10%: 多 is an adverb here, not a qualifier
    M("8万日元上下", 80000, currency="JPY", qualifier="approx"),   # 每月自付的封顶线在…: 每月 does not touch
    C("约13.3亿人", 1330000000, "person", qualifier="approx"),
    P("95%以上", 0.95, qualifier="min"),
    P("6%左右", 0.06, qualifier="approx"),
    P("2%", 0.02),
    D("2025年", "2025"),
    M("每年400元", 400, period="year"),             # 每人每年400元 (set 1 call 2)
    M("每年不低于700元", 700, period="year", qualifier="min"),
    P("约80%", 0.8, qualifier="approx"),
    P("约70%", 0.7, qualifier="approx"),
    # 一句话: lone 一; 按人群分 …
    P("三成", 0.3),                                 # “全民三成”
    # 两大制度: 大 is no classifier; 英国, NHS, IHS: nothing; 下一篇: lone 一
    M("每年776英镑", 776, currency="GBP", period="year"),
    D("2025年6月1日", "2025-06-01"),
    M("1美元", 1, currency="USD"),
    M("7.19元", 7.19),                              # 约合7.19元人民币: 约合 is not on the list (约 does not touch the number)
    M("1欧元", 1, currency="EUR"),
    M("8.17元", 8.17),
]
