from gold_lib import *

SPEC = [
    # title: 国家医疗保障局 / 国家税务总局 carry no place name (国家, 全国 are not places)
    D("2024年", "2024"),
    # 医保发〔2024〕19号: document number, nothing
    R("新疆", "650000", in_org=True),               # 新疆生产建设兵团: part of an organisation's name
    D("2023年", "2023"),
    C("9.63亿人", 963000000, "person"),
    P("95%以上", 0.95, qualifier="min"),
    M("1.07万亿元", 1070000000000),
    M("3742亿元", 374200000000),
    C("26.1亿人次", 2610000000, "person"),
    P("70%左右", 0.7, qualifier="approx"),
    D("2024年", "2024"),
    # 一、 (一) …: list numbers
    D("2024年", "2024"),
    M("30元", 30),
    M("每年不低于670元", 670, period="year", qualifier="min"),   # 每人每年不低于670元 (call 3 of the first set)
    # 西部、中部地区 / 东部地区: regions of the country, not divisions
    P("80%", 0.8), P("60%", 0.6),
    M("20元", 20),
    M("每年400元", 400, period="year"),
    R("北京", "110000"), R("上海", "310000"), R("天津", "120000"),
    P("10%", 0.1),                                  # 不超过居民医保人均筹资的10%: 不超过 does not touch it
    P("70%左右", 0.7, qualifier="approx"),
    C("60种以上", 60, "kind", qualifier="min"),
    P("50%", 0.5),                                  # 不高于…的50%: no touching qualifier
    P("50%", 0.5),
    P("5个百分点", 0.05, points=True),
    M("不低于500元", 500, qualifier="min"),         # 年度最高支付限额原则上不低于500元: 原则上 is no qualifier
    P("50%以上", 0.5, qualifier="min"),
    DR("每年9月1日至12月31日", "--09-01", "--12-31", recurring="yearly"),
    D("1月1日起", "--01-01", qualifier="from"),     # 次年1月1日起: 次年 is not part of it (as 翌年, call 9)
    D("2025年起", "2025", qualifier="from"),         # 自2025年起
    T("4年", 4, "year"),                             # 满4年: 满 is no qualifier
    T("1年", 1, "year"),                             # 每连续参保1年: digit 1, not a lone 一
    P("2%", 0.02),                                  # 不低于…的2%: does not touch
    M("不低于1000元", 1000, qualifier="min"),
    C("两项", 2, "item"),                            # 上述两项: 两 + the classifier 项 (as 两名, 两家)
    P("20%", 0.2),                                  # 不超过…的20%
    D("2025年起", "2025", qualifier="from"),
    T("3个月", 3, "month"),
    T("1年", 1, "year"),                             # 每多断保1年
    T("1个月", 1, "month"),
    T("不超过6个月", 6, "month", qualifier="max"),  # 最长不超过6个月: 最长 is outside, 不超过 touches
    T("90天", 90, "day"),                            # 出生后90天内
    C("2.4万家", 24000, "institution"),
    # “出生一件事”: lone 一
    C("31个", 31, "item"),                           # 31个省份
    D("2024年底前", "2024", qualifier="until"),
    T("30个工作日", 30, "workday"),
    # 《医疗保障基金使用监督管理条例》第四十条: article number, nothing
    # 会同财政、税务部门: 会同 is a verb here (会同县 is in 湖南), not a place
    D("2024年8月31日前", "2024-08-31", qualifier="until"),
    # 第(八)项、第(九)项: ordinals of list items, nothing
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    D("2023年", "2023"),                             # inside a 《title》: still a date
    # 医保发〔2023〕24号: document number
    PH("010-89061234"),
    D("2024年", "2024", _nb=True),                   # 附件:1.2024年… (1. is a list number); 2. is a list number
    D("2024年7月15日", "2024-07-15"),
]
