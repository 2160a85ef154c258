from gold_lib import *

SPEC = [
    # English channel labels (FinanceWatch, Insurance, Health, Home >): nothing
    P("12.5%", 0.125),                              # English headline "up 12.5% YoY": a % sign counts in English too (set 10 call 2)
    # Q1 2025: English, no form of the guidelines (a quarter with no 年), nothing
    P("12.5%", 0.125),                              # 商业健康险一季度保费同比增长12.5%: 一季度 a lone 一 (set 3 call 2)
    # By 王某 (Staff Reporter): nothing
    D("2025-04-28", "2025-04-28"),                  # Updated: 2025-04-28 09:15 (GMT+8): 09:15 a time, GMT+8 nothing
    D("2025年", "2025"),                            # 2025年一季度: the year is a date, 一季度 nothing
    M("3216亿元", 321600000000),
    P("12.5%", 0.125),
    P("12.5%", 0.125),                              # (12.5% YoY)
    # 去年同期: no date
    P("3.1个百分点", 0.031, points=True),
    # “惠民保”: 惠民 is part of a product name, no place (set 4)
    # 中国平安, 平安健康险: 平安 (also 平安区, 青海) is a company's name here, no place (call 3; set 4's 太平 in 中国太平洋)
    M("186.4亿元", 18640000000),
    P("15.2%", 0.152),
    # 中国人寿: no place
    M("约为412亿元", 41200000000, qualifier="approx"),   # 约为 is on the shared list
    P("18.7%", 0.187),
    # 中国太平洋保险 (China Pacific Insurance): 太平 no place (set 4)
    P("9.8%", 0.098),
    # 华夏保险: 华夏 no place
    R("上海", "310000"),                            # 上海、深圳两地: 两地 no count (地 no classifier)
    R("深圳", "440300"),
    T("5.2天", 5.2, "day"),
    T("1.6天", 1.6, "day"),
    C("27个", 27, "item"),                          # 27个省份
    T("48小时", 48, "hour"),                        # 最快可在48小时内: 最快 not on the list, 内 outside
    # RMB 1,200: an English amount, no mention (set 10 call 2)
    M("1200元", 1200),                              # (即1200元): 即 outside
    # 数据合作 (×2): 合作 a common word, no place
    R("香港", "810000"),                            # 香港方面: the region, plain
    R("香港", "810000", in_org=True),               # 香港交易所: an organisation's name
    # USD 5 million: English, nothing
    M("500万美元", 5000000, currency="USD"),
    # 一家 (×3): a lone determiner 一; B轮: a round, nothing; 新加坡: a foreign country, not in the gazetteer
    T("18个月", 18, "month"),                       # 未来18个月内
    C("10个", 10, "item"),                          # 10个城市
    # HK$2,400: HK$ is no unit of the guidelines, nothing
    M("2,400港元", 2400, currency="HKD"),           # set 1 call 12: HKD
    # 1.2 billion yuan: English, nothing
    M("12亿元", 1200000000),                        # 即12亿元
    # 粤港澳大湾区: one-character abbreviations, no place
    # English quote, Singapore-based: nothing
    D("2025年", "2025"),                            # 2025年全年
    M("1.1万亿元", 1100000000000),                  # 有望突破1.1万亿元: 突破 is not on the list
    DR("2025-2027年", "2025", "2027"),              # a year range
    P("10%", 0.1),                                  # 10%至15%: two mentions
    P("15%", 0.15),
    D("2030年", "2030"),                            # 到2030年: 到 outside
    P("25%左右", 0.25, qualifier="approx"),         # 约占…25%左右: 约 does not touch (占 between)
    E("ir@financewatch.example.com"),
    U("https://www.financewatch.example.com/insurance/2025/04/28/health-q1"),   # numbers inside a URL: nothing
    # © 2025 FinanceWatch: a bare year, nothing
]
