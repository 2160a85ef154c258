from gold_lib import *

HN, HK, SY = "460000", "460100", "460200"           # 海南省, 海口市, 三亚市
HLJ, JL, LN = "230000", "220000", "210000"          # 黑龙江省, 吉林省, 辽宁省 (吉林 alone would be a province and a city:
                                                    # the page writes 吉林省 in full)
HEB, CC, AS, QQHE, DQ = "230100", "220100", "210300", "230200", "230600"
MDJ, SP, SHY, QH = "231000", "220300", "210100", "469002"
JY, TY, HT, ML = "460203", "460204", "460202", "460108"   # 吉阳区, 天涯区, 海棠区 (三亚), 美兰区 (海口)
SPEC = [
    R("海南", HN),                                  # headline: "候鸟"老人在海南看病
    D("2025-01-15", "2025-01-15"),                  # 08:30 a time of day
    R("海南", HN, in_org=True),                     # 来源:海南日报 (a newspaper)
    R("三亚", SY),
    # 25℃上下: a temperature, no type (上下 is a qualifier word, but there is no mention to qualify)
    R("三亚市", SY, in_org=True),                   # 三亚市人民医院; 东北口音: 东北 no place
    R("哈尔滨", HEB),
    T("半个月", 0.5, "month"),                      # 来回得折腾半个月 (set 4 call 6)
    T("72岁", 72, "year", age=True),
    R("黑龙江省哈尔滨市", HEB),                     # a chain
    R("三亚", SY),                                  # 在三亚"猫冬"; 第8个年头: an ordinal
    R("海南省", HN, in_org=True),                   # 海南省医疗保障局
    DR("2024年10月至2025年1月10日", "2024-10", "2025-01-10"),   # start at month precision, end at day
    # 全省: no place
    C("21.6万人", 216000, "person"),
    R("黑龙江省", HLJ),
    R("吉林省", JL),
    R("辽宁省", LN),
    P("超过六成", 0.6, qualifier="min"),
    C("68.3万人次", 683000, "person"),
    M("9.42亿元", 942000000),
    M("5.87亿元", 587000000),
    M("约5.9亿元", 590000000, qualifier="approx"),
    R("三亚", SY),                                  # sub-heading 三亚:服务专窗"跑一次" (跑一次: lone 一)
    R("三亚市", SY, in_org=True),                   # 三亚市医保局
    R("吉阳区", JY),
    R("天涯区", TY),
    R("海棠区", HT),                                # 在吉阳区、天涯区、海棠区设立了…: places, no office word
    C("3个", 3, "item"),
    # 周一至周五8:00-17:30: weekdays and times, nothing; 今年以来: no date (no number)
    C("4812人次", 4812, "person"),
    C("286位", 286, "person"),                      # 一多半: no number
    R("三亚市吉阳区", JY),                          # 三亚市吉阳区某社区: an anonymised body (set 5 call 2): plain
    R("吉林省长春市", CC),
    T("67岁", 67, "year", age=True),
    # 一个月: lone 一
    M("七八百块", (700, 800)),                      # two neighbouring numerals: a range (guidelines: 三四百块)
    R("长春", CC),
    # 一百来块钱: 来 between the numeral and the unit, no money (sets 10, 17)
    R("辽宁省鞍山市", AS),
    D("12月", "--12"),                              # 去年12月: 去年 outside (set 7: 去年12月 → 12月)
    R("海口", HK),
    R("海南省", HN, in_org=True),                   # 海南省人民医院
    M("6.8万元", 68000),
    M("4.92万元", 49200),
    R("鞍山", AS),
    M("一万九千块左右", 19000, qualifier="approx"),
    R("海口", HK),                                  # sub-heading 海口:备案"掌上办"
    R("海口市美兰区", ML),                          # 一家药店: lone 一
    R("黑龙江齐齐哈尔", QQHE),                      # a chain without suffixes; 老两口: 口 no classifier
    T("5分钟", 5, "minute"),                        # 不到5分钟: 不到 is not on the list (set 2 call 7)
    R("海南省", HN, in_org=True),                   # 海南省医保局相关负责人
    T("6个月", 6, "month"),                         # 备案有效期为6个月
    R("黑龙江省大庆市", DQ),
    R("海南", HN),                                  # 在海南三级医院 (三级 a hospital level)
    M("1000元", 1000),
    P("85%", 0.85),
    R("大庆", DQ),
    P("5个百分点", 0.05, points=True),
    D("2024年", "2024"),                            # 2024年冬季: 冬季 is no qualifier; 来琼: 琼 a one-character abbreviation
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    P("78.4%", 0.784),
    T("约4个月", 4, "month", qualifier="approx"),
    R("牡丹江市", MDJ),
    R("四平市", SP),
    R("沈阳市", SHY),                               # 牡丹江市、四平市、沈阳市等地还派驻…: places, no office word
    R("三亚", SY),
    R("海口", HK),
    R("琼海", QH),                                  # 在三亚、海口、琼海等地
    # 明年: no date
    R("海南省", HN),                                # 海南省将于…试点: the province as actor (no office word)
    D("2025年3月1日起", "2025-03-01", qualifier="from"),
    C("19个", 19, "item"),                          # 全省19个市县 (市县: no place)
    C("126家", 126, "institution"),
    R("三亚市", SY, in_org=True),                   # 三亚市医保局服务专窗电话
    PH("0898-88296530", city="三亚市"),             # 0898 is shared by all of 海南: the number is 三亚市医保局's
    R("海口市", HK, in_org=True),
    PH("0898-66531238", city="海口市"),             # and this one 海口市医保局's
    PH("12393"),                                    # 全国医保服务热线: 全国 no place
]
