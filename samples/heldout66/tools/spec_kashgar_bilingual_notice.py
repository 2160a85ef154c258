from gold_lib import *

KS, XJ = "653100", "650000"                         # 喀什地区, 新疆维吾尔自治区
SPEC = [
    # the Uyghur heading line yields nothing: (2026-يىللىق) has no 年, a bare number (call 5)
    R("喀什地区", KS, in_org=True),                 # 喀什地区医疗保障局: 地区 is part of the unit's name (set 50 call 2)
    D("2026年度", "2026"),
    # 各县(市): kinds of units
    R("新疆维吾尔自治区", XJ, in_title=True),       # 《新疆维吾尔自治区门诊慢特病管理办法》: a regulation, no body
    R("喀什地区", KS),                              # 喀什地区2026年度门诊慢特病认定工作: a place before a topic
    D("2026年度", "2026"),
    # 一、…六、: section numbers
    DR("每年3月1日至4月30日", "--03-01", "--04-30", recurring="yearly"),
    DR("每月1-10日", "---01", "---10", recurring="monthly"),
    C("38种", 38, "kind"),
    C("45种", 45, "kind"),
    C("7种", 7, "kind"),
    P("70%", 0.7),
    M("1500元", 1500),                              # 每人1500元: 每 + classifier, no period
    P("不低于85%", 0.85, qualifier="min"),
    R("喀什市", "653101"),                          # a county-level city: the county (not the prefecture)
    R("疏附县", "653121"),
    R("疏勒县", "653122"),
    R("伽师县", "653129"),
    R("莎车县", "653125"),
    R("叶城县", "653126"),
    C("12个", 12, "item"),                          # 12个县(市)
    R("塔什库尔干塔吉克自治县", "653131"),
    # 每周二、周四: weekdays, nothing
    C("1次", 1, "time"),                            # 各1次
    R("广东省", "440000"),                          # 广东省、深圳市和上海市、山东省的援疆医院: a description, no body's name (call 4)
    R("深圳市", "440300"),
    R("上海市", "310000"),
    R("山东省", "370000"),
    C("56名", 56, "person"),
    R("上海", "310000", in_org=True),               # "上海援疆" 公众号: an account's name
    R("山东", "370000", in_org=True),               # "山东援疆"
    R("喀什地区", KS, in_org=True),                 # 喀什地区医保局慢病科
    PH("0998-2823516", city="喀什地区"),             # 0998 is shared with 图木舒克市: the article's prefecture
    R("疏勒县", "653122"),                          # 疏勒县联络员: a place before a person, plain
    # 买买提·艾力: a Uyghur personal name
    PH("13899785216"),
    R("伽师县", "653129"),                          # 伽师县村民
    # 阿依古丽·吐尔逊: a Uyghur personal name; 县城: no name
    # 80公里: a distance, no mention; 夏普吐勒乡: a township; 3趟: 趟 is no classifier of the list
    T("1天", 1, "day"),                             # digit 1 is no lone 一
    D("2025年11月底", "2025-11", qualifier="approx"),
    # 全地区: no name
    C("21.6万人", 216000, "person"),
    M("3.48亿元", 348000000),
    P("约12%", 0.12, qualifier="approx"),
    R("莎车县", "653125"),
    R("叶城县", "653126"),
    C("2个", 2, "item"),
    R("喀什地区", KS, in_org=True),                 # signature
    D("2025年12月5日", "2025-12-05"),
]
