from gold_lib import *

CD = "510100"                                       # 成都市
# Foreign places are no regions (set 19 call 1): 德国, 英国, 澳大利亚, 日本, 美国, 巴伐利亚州, 慕尼黑, 苏格兰, 威尔士,
# 新南威尔士州, 维多利亚州, 东京都新宿区, 北海道札幌市 (北海 is part of 北海道), 加州, 纽约, 新泽西州, 韩国首尔, 新加坡.
SPEC = [
    R("成都", CD, in_org=True),                     # 成都启航留学服务中心: an agency's name
    D("2025年7月", "2025-07"),                      # 更新于2025年7月
    # offer: English; 2025/26学年: an academic year written with a slash, no day: not the guidelines' slash date, nothing
    # 1. … 6.: list numbers
    T("30岁以下", 30, "year", age=True, qualifier="max"),
    # TK, AOK: insurers' names
    M("每月120欧元左右", 120, currency="EUR", period="month", qualifier="approx"),
    M("每月35-80欧元", (35, 80), currency="EUR", period="month"),   # one range with one unit
    # Sperrkonto: German
    M("11904欧元", 11904, currency="EUR"),
    # AOK Bayern: an insurer's name, no number
    # 一次性: lone 一
    M("每年776英镑", 776, currency="GBP", period="year"),
    # 一年制硕士: lone 一
    T("12个月", 12, "month"),
    T("4个月", 4, "month"),
    T("1.5年", 1.5, "year"),
    M("1164英镑", 1164, currency="GBP"),
    # NHS, GP: English
    M("9.90英镑", 9.9, currency="GBP"),             # 每项9.90英镑: 每 + a classifier is no period
    # 苏格兰, 威尔士: foreign
    # 学生签证(500类): the visa's subclass number, a product's number (like 国道214线), not a count of kinds
    # 单人一年约600-700澳元: 澳元 is no currency unit of the guidelines (it names the Australian dollar and the pataca
    # alike); 一年 is a lone 一
    P("100%", 1.0),
    # MBS: English
    # 国民健康保险: 康保 (康保县, 河北) is the middle of a word, no place
    T("超过3个月", 3, "month", qualifier="min"),
    M("每年约2万日元", 20000, currency="JPY", period="year", qualifier="approx"),
    P("30%", 0.3),
    M("每年约1500日元", 1500, currency="JPY", period="year", qualifier="approx"),
    # SHIP: English
    M("每年约3,300美元", 3300, currency="USD", period="year", qualifier="approx"),
    M("4000美元以上", 4000, currency="USD", qualifier="min"),
    # waiver: English
    M("不低于50万美元", 500000, currency="USD", qualifier="min"),
    M("不超过500美元", 500, currency="USD", qualifier="max"),
    # D-2签证: a visa type, nothing
    M("约7万韩元", 70000, currency="KRW", qualifier="approx"),   # 每月交约7万韩元: 交 stands between 每月 and 约, no period
    # Student's Pass: English
    M("每年约200新加坡元", 200, currency="SGD", period="year", qualifier="approx"),
    R("成都市", CD),                                # 成都市居民医保: a place before a programme, plain
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),
    # “天府市民云”APP: 天府 is no division
    PH("028-86541234"),
    PH("139 8012 3456"),
    E("study@qihang-example.cn"),
    R("成都市武侯区", "510107"),                    # an address: one chain; 人民南路四段27号 (road, section, house number) nothing
]
