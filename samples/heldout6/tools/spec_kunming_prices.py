from gold_lib import *

KM, YN = "530100", "530000"                         # 昆明市, 云南省
SPEC = [
    R("昆明市", KM, in_org=True),                   # 昆明市第一人民医院 (title); 第一人民: an ordinal (一人 is no count)
    D("2025-03-10", "2025-03-10"),                  # 发布日期; 浏览次数:1526: a counter
    R("云南省", YN, in_org=True),                   # 云南省医疗保障局
    R("云南省", YN, in_org=True),                   # 云南省卫生健康委员会
    # 《关于调整部分医疗服务价格的通知》(云医保〔2025〕18号): a document number; 我院: no place
    D("2025年4月1日起", "2025-04-01", qualifier="from"),
    # 一、二、…: section numbers; 医保甲类/乙类: categories, no count (甲/乙 are no numerals)
    M("10元/次", 10, period="time"),                # /次 after the unit = 每次 (guidelines: 150元/月)
    M("18元/次", 18, period="time"),
    M("25元/次", 25, period="time"),
    M("20元/日", 20, period="day"),
    # (多人间): no number (a draft had 三人间, rewritten: a room type whose 三人 would read as a count)
    M("每日50元", 50, period="day"),
    M("120元/日", 120, period="day"),
    M("每日200元", 200, period="day"),
    P("10%", 0.1),                                  # 自付比例10%
    # (第一组): an ordinal
    M("8元/次", 8, period="time"),
    M("15元", 15),                                  # 15元/项: 项 is a classifier, no period word (每单0.3元, set 5 call 14)
    # (1.5T): a field strength, a quantity in another unit: no mention
    M("480元", 480),                                # 480元/项
    P("10%", 0.1),
    M("400元/次", 400, period="time"),
    P("10%", 0.1),
    M("6万元", 60000),                              # 年度最高支付限额6万元: 最高 does not touch
    M("798元", 798),                                # 限价798元/个: 限价 is no qualifier of the list; /个 no period
    M("700元", 700),                                # 最高支付700元: 支付 stands between (set 5 luoyang_portal)
    M("7,500元", 7500),                             # 限价7,500元/套
    P("10%", 0.1),
    # 说明 1. 2. …: list numbers
    P("10%", 0.1),                                  # 个人先自付10%后: 后 is a date qualifier, not a percent one
    P("85%", 0.85),                                 # 85%-90%: two percents (each % its own)
    P("90%", 0.9),
    P("70%", 0.7),
    P("75%", 0.75),
    # 一次性: lone 一
    DR("2025年4月1日至2026年3月31日", "2025-04-01", "2026-03-31"),
    T("30日", 30, "day"),                           # 出院后30日内: 内 is not on the list (guidelines: 3个月内)
    # 我院价格管理科: no place
    PH("0871-63188204"),
    PH("12345"),
    PH("12393"),
    R("昆明市", KM, in_org=True),                   # signature 昆明市第一人民医院
    R("昆明市五华区", "530102"),                    # address: one chain (set 1 call 18); 青年路504号: no mention
]
