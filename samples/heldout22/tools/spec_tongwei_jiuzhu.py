from gold_lib import *

TW, DX, LZ, GS = "621121", "621100", "620100", "620000"     # 通渭县, 定西市, 兰州市, 甘肃省
SPEC = [
    # title 三重保障托起一个家: 三重 no classifier (set 2 call 9), 一个家 a lone 一
    R("通渭县", TW),                                 # subtitle ——通渭县医疗救助帮扶个案纪实: a place before a topic
    R("定西", DX, in_org=True),                      # byline 定西日报记者 (a newspaper, set 14 call 2)
    D("2025年11月18日", "2025-11-18"),
    R("甘肃省定西市通渭县", TW),                     # village to province: the chain ends at the county; 马营镇 (a town) and 王家村 (a village) are no places
    T("72岁", 72, "year", age=True),
    T("6岁", 6, "year", age=True),
    T("半年", 0.5, "year"),                          # 半年前 ("half a year ago"): 前 is a date word, not on the shared list (set 12 call 4: 孕28周后)
    D("3月", "--03"),                                # 今年3月: 今年 outside (set 6 call 2)
    R("通渭县", TW, in_org=True),                    # 通渭县人民医院
    R("兰州", LZ, in_org=True),                      # 兰州大学第二医院 (第二: an ordinal)
    DR("3月12日至4月4日", "--03-12", "--04-04"),     # 从…至…: 从 outside; 23 days indeed
    T("23天", 23, "day"),
    M("18.6万元", 186000),
    # 一个月: a lone 一
    M("四五千元", (4000, 5000)),                     # two neighbouring numerals (set 4 call 5)
    M("9.2万元", 92000),                             # the three layers of 基本医保, 大病保险, 医疗救助
    M("4.1万元", 41000),
    M("2.3万元", 23000),
    M("15.6万元", 156000),
    M("3万元", 30000),
    M("约3.5万元", 35000, qualifier="approx"),
    P("18.8%", 0.188),                               # 3.5/18.6
    M("每月420元", 420, period="month"),             # 每月420元低保金
    R("通渭县", TW, in_org=True),                    # 通渭县医疗保障局工作人员
    D("2025年起", "2025", qualifier="from"),
    M("5万元", 50000),                               # 年度限额提高到5万元
    P("60%", 0.6),                                   # 由60%提高到70%: two mentions (set 11 call 8)
    P("70%", 0.7),
    DR("2025年1-10月", "2025-01", "2025-10"),
    R("通渭县", TW),
    C("1.86万人次", 18600, "person"),
    M("2764万元", 27640000),
    R("定西市", DX),                                 # 定西市共有…: the subject, plain
    C("12.4万人", 124000, "person"),
    P("82.3%", 0.823),
    R("甘肃省", GS, in_org=True),                    # 甘肃省医疗保障局
    # 全省: no place; 不落一户、不漏一人: lone 一 (and 户 is no classifier, set 17 call 1)
    T("2周", 2, "week"),                             # 每隔2周: 每 is a period word for money only
    R("兰州", LZ),                                   # 到兰州复查: plain
    # 复查一次: lone 一
    T("2到3年", (2, 3), "year"),                     # one range with one unit (guidelines: 1到3个月)
    P("80%以上", 0.8, qualifier="min"),
    PH("0932-4962318"),
]
