from gold_lib import *

NC = "511300"                                       # 南充市 (四川省)
SPEC = [
    R("南充市", NC, in_org=True),                   # breadcrumb 南充市医疗保障局 > 政策解读
    # 图解:…附3个算例: 个 after 3 — a count (3个, item); 算例 is the thing counted
    C("3个", 3, "item"),
    R("南充市", NC, in_org=True),                   # 来源:南充市医疗保障局
    D("2025-04-16", "2025-04-16"),                  # 发布时间 (the main article's date: no role, set 1 call 8); 09:30 a time
    # 浏览次数:2417: a counter, bare number
    R("四川省", "510000", in_title=True),           # 《四川省城乡居民大病保险实施办法》; 川医保规〔2024〕6号: a document number
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    R("南充市", NC),                                # 南充市城乡居民大病保险: a place before a programme
    M("1.5万元", 15000), M("1.2万元", 12000),       # 由1.5万元降至1.2万元
    # 一、 list number; 一个自然年度: lone 一
    # tier 1: 1.2万元(不含)至5万元(含): two units, two amounts (set 1 call 4); (不含)/(含) outside (set 2 call 14)
    M("1.2万元", 12000), M("5万元", 50000),
    P("60%", 0.6),
    M("5万-10万元", (50000, 100000)),              # one unit, one range (set 2 call 14)
    P("70%", 0.7),
    M("10万–20万元", (100000, 200000)),            # an en dash between the ends: one range as with - (new call)
    P("80%", 0.8),
    M("20万元以上", 200000, qualifier="min"),
    P("90%", 0.9),
    M("40万元", 400000),                            # 年度最高支付限额40万元: 最高 does not touch (set 1 call 14)
    P("50%", 0.5),                                  # 起付线降低50%
    P("5个百分点", 0.05, points=True),
    # 二、算例; the labels 算例1: 算例2: 算例3: are example numbers (like list numbers): nothing
    R("顺庆区", "511302"),                          # 顺庆区居民王某 (a county-level place in a 南充 page)
    DR("2025年3月2日至3月30日", "2025-03-02", "2025-03-30"),   # the end leaves out the year
    R("四川", "510000", in_org=True),               # 四川大学华西医院: part of a proper name
    T("28天", 28, "day"),                           # 住院28天
    M("18.6万元", 186000), M("9.2万元", 92000),
    # (5万-1.2万)×60%+(9.2万-5万)×70%: operands with 万 but no 元 are no money (guidelines: a number with 万 but
    # no 元), and 5万-1.2万 / 9.2万-5万 are operands, no ranges (set 20 call 3); the percents are mentions
    P("60%", 0.6), P("70%", 0.7),
    M("22800元", 22800), M("29400元", 29400), M("52200元", 52200),
    M("约4万元", 40000, qualifier="approx"),        # 92000-52200=39800
    P("49.5%", 0.495), P("21.4%", 0.214),           # 92000/186000, 39800/186000
    R("嘉陵区", "511304"),
    P("50%", 0.5),                                  # 起付线降低50%后为6000元
    M("6000元", 6000),
    D("2025年2月", "2025-02"),
    M("35000元", 35000),
    # (35000-6000): bare operands
    P("65%", 0.65), M("18850元", 18850),            # 29000×65%
    R("阆中市", "511381"),
    M("26万元", 260000), M("6000元", 6000),
    # (50000-6000) … (260000-200000): bare operands
    P("65%", 0.65), P("75%", 0.75), P("85%", 0.85), P("95%", 0.95),   # each tier's rate + 5 points
    M("28600元", 28600), M("37500元", 37500), M("85000元", 85000), M("57000元", 57000),
    M("208100元", 208100),
    # 三、“二次报销”: secondary reimbursement, nothing (guidelines), twice
    T("6个月", 6, "month"),                         # 出院后6个月内: 内 outside
    # 四、
    D("每年1月1日起", "--01-01", recurring="yearly", qualifier="from"),
    D("2024年", "2024"),
    C("3.1万人次", 31000, "person"),
    M("2.46亿元", 246000000),
    R("营山县", "511322"), R("蓬安县", "511323"),
    # 两地: 两 + 地 (地 is no classifier): nothing
    C("超过5000人次", 5000, "person", qualifier="min"),
    PH("0817-2265318"),
    PH("12393"),                                    # 医保服务热线12393
]
