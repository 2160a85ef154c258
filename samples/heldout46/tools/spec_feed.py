from gold_lib import *

SZ, XA = "440300", "610100"                           # 深圳市, 西安市
DOCS = {
    "heldout46-feed-1": [
        # Shenzhen raises …: English headline, nothing
        R("深圳", SZ),                                # 深圳居民医保财政补助提高: a programme, plain
        R("深圳", SZ, in_org=True),                   # 深圳特区报: a newspaper (set 1 call 7)
        D("2025-09-02", "2025-09-02"),                # 08:30: a time
        R("深圳市", SZ, in_org=True),                 # 深圳市医疗保障局
        D("9月1日", "--09-01"),
        D("2026年度", "2026"),
        R("深圳市", SZ),                              # 深圳市居民医保: a programme
        # 一档、二档: tiers (档 is no classifier; 一档 a lone 一)
        M("每年690元", 690, period="year"),           # 每人每年690元
        M("每年435元", 435, period="year"),
        M("每年720元", 720, period="year"),           # 提高至 does not touch
        R("深圳", SZ, in_org=True),                   # "i深圳" app: an app's name (set 1 call 7)
        # Sept. 1 and Dec. 31: English dates, nothing (call 1)
        DR("9月1日至12月31日", "--09-01", "--12-31"),  # the Chinese range in brackets inside the English sentence
        D("2025年6月底", "2025-06", qualifier="approx"),   # 截至 is a preposition, outside
        R("深圳", SZ),                                # 深圳居民医保参保人数
        C("524.7万人", 5247000, "person"),
        C("约168万人", 1680000, "person", qualifier="approx"),
        P("90%", 0.9), P("80%", 0.8),
        # the 2025 rate for tier 1 was RMB 660 per person: English, nothing (call 2)
    ],
    "heldout46-feed-2": [
        # "Hong Kong & Macao Drugs and Devices": English; 港澳药械通: 港澳 is no place (one-character abbreviations)
        C("50家", 50, "institution"),
        D("2025-05-16", "2025-05-16"),                # 南方日报: 南方 is no place
        R("广东省", "440000", in_org=True),           # 广东省药品监督管理局
        D("2025年5月", "2025-05"),
        C("50家", 50, "institution"),
        R("广州", "440100"), R("深圳", SZ), R("珠海", "440400"), R("佛山", "440600"),
        C("89种", 89, "kind"), C("41种", 41, "kind"),
        R("香港", "810000", in_org=True), R("深圳", SZ, in_org=True),   # 香港大学深圳医院 (set 1 call 7)
        # 首家: an ordinal
        D("2024年", "2024"),
        C("3,000人次", 3000, "person"),              # 逾3,000人次: 逾 is not on the shared qualifier list
        # 9-valent, HK$4,800, three doses: English, nothing (call 2); 港元 would be HKD
        M("约4,400元", 4400, qualifier="approx"),
        PH("020-37885100"),
        R("香港", "810000", in_org=True),             # 香港卫生署热线: a government department (卫生署)
        m("phone", "+852 2961 8989", "+85229618989", kind="fixed"),   # Hong Kong plan, no area code (set 24 call 1)
    ],
    "heldout46-feed-3": [
        # Xi'an pilots …: English
        R("西安", XA),                                # 西安试点外籍患者…: the city as the actor of a headline, plain
        D("2025-10-14", "2025-10-14"),
        R("西安", XA, in_org=True),                   # 西安日报 (Xi'an Daily: English)
        R("西安市", XA, in_org=True),                 # 西安市医疗保障局
        R("陕西省", "610000", in_org=True),           # 陕西省人民医院
        R("西安", XA, in_org=True),                   # 西安交通大学第一附属医院 (第一: part of the name, an ordinal)
        # 合作: a common word, no place
        D("2025年10月15日起", "2025-10-15", qualifier="from"),   # 自<b>…</b>起: the tag is inline
        M("5万元", 50000),                            # 单笔支付限额为5万元: 为 stands between; (约 US$7,000): nothing
        # 首月: nothing
        C("1,200人次以上", 1200, "person", qualifier="min"),     # <strong>1,200</strong>人次以上
        P("85%", 0.85),                               # a percent in an English sentence (set 10 call 2)
        # 800 yuan per stay: nothing (call 2)
        M("800元/次", 800, period="time"),
        R("雁塔区", "610113"), R("碑林区", "610103"),
        C("12家", 12, "institution"),
        # 每周一至周五: weekdays, 9:00-17:00: times, nothing
        PH("029-86781234", city="西安市"),            # 029 is 西安 and 咸阳: the page's city
    ],
}
