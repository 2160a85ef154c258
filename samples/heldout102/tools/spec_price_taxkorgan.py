from gold_lib import *

KS, TX = "653100", "653131"                         # 喀什地区, 塔什库尔干塔吉克自治县
SPEC = [
    R("塔什库尔干塔吉克自治县", TX, in_org=True),   # …提孜那甫乡卫生院: the clinic's name (提孜那甫乡 a township)
    D("2025-05-20", "2025-05-20"),
    # 浏览次数:318: a counter
    R("喀什地区", KS, in_org=True),                 # 喀什地区医疗保障局
    # 卫生健康委员会, 《关于调整部分医疗服务价格的通知》: no place
    D("2025年6月1日起", "2025-06-01", qualifier="from"),
    DR("2025年5月20日至5月29日", "2025-05-20", "2025-05-29"),
    # table: 序号 1…10 are row numbers; 价格(元), 次/日/床日/小时/组/部位/袋/丸 are units with no number
    M("8元", 8),
    M("15元/日", 15, period="day"),                 # /日 after the unit: a daily rate like 每日 (call 4)
    M("20元/床日", 20, period="day"),               # a bed-day fee (guidelines)
    M("3.5元", 3.5),                                # 3.5元/小时: no hour period (set 98 call 3)
    P("10%", 0.1),                                  # 自付10%
    # 第一组: an ordinal
    M("12元", 12),
    M("45元", 45),
    P("10%", 0.1),
    M("18元", 18),
    # 0.9%氯化钠注射液: a strength in a drug's name; 250ml: no unit of ours
    M("3.2元", 3.2),
    # 藏药七十味珍珠丸: a drug's name (味 is no classifier)
    M("6.8元", 6.8),
    P("20%", 0.2),
    # 10公里以内: a distance, nothing
    M("60元", 60),
    # 1. 2. 3. 4.: list numbers; 一级甲等: a grade
    M("100元", 100),
    P("90%", 0.9),
    # 85公里, 海拔3100米以上: no units of ours; 减半: no number
    T("65周岁以上", 65, "year", age=True, qualifier="min"),   # 年满: 满 is no qualifier
    R("喀什地区塔什库尔干塔吉克自治县", TX),        # address: a chain, one mention at the county; the township and postcode 845250 nothing
    PH("0998-3421672", city="喀什地区"),            # 0998 shared with 图木舒克市; the page is in 喀什地区
    PH("12393"),
    E("tzn_wsy@example.com"),
]
