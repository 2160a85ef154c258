from gold_lib import *

GS, LZ, TS, JQ, ZY = "620000", "620100", "620500", "620900", "620700"   # 甘肃省, 兰州市, 天水市, 酒泉市, 张掖市
LX, GN = "622900", "623000"                                              # 临夏回族自治州, 甘南藏族自治州
SPEC = [
    R("甘肃", GS),                                  # headline 甘肃:…: the province as the topic, plain
    T("三年", 3, "year"),                           # 改革三年
    M("40多亿元", 4000000000, qualifier="min"),     # 多 between the number and its unit: more than
    D("2025-04-22", "2025-04-22"),                  # the article's own date line: plain (set 1 call 8); 08:15 a time
    R("甘肃", GS, in_org=True),                     # 来源:甘肃日报 (a newspaper, set 1 call 7)
    # 作者:马晓燕 编辑:周宁: 周宁 is a person's name here, not 周宁县 (福建)
    D("2019年", "2019"),
    C("2个", 2, "item"),                            # 装了2个支架
    M("3万元", 30000),                              # 将近3万元: 将近 is not on the shared list
    # 装了一个: lone 一
    M("700多块", 700, qualifier="min"),
    R("兰州", LZ, in_org=True),                     # 兰州大学第一医院
    T("58岁", 58, "year", age=True),
    R("天水", TS),                                  # 天水患者: where the patient is from, plain
    T("8天", 8, "day"),
    M("1.86万元", 18600),
    M("4,300元左右", 4300, qualifier="approx"),
    R("甘肃省", GS, in_org=True),                   # 甘肃省医疗保障局
    D("2022年以来", "2022", qualifier="from"),
    R("甘肃", GS),                                  # 甘肃先后执行…: the actor, plain
    C("5批", 5, "batch"),
    C("18类", 18, "kind"),
    P("超过70%", 0.7, qualifier="min"),
    T("三年", 3, "year"),                           # 三年来: 来 is no qualifier (以来 belongs to dates)
    # 全省: no place
    M("约41.6亿元", 4160000000, qualifier="approx"),
    C("约37万人次", 370000, "person", qualifier="approx"),
    # 单套: no number
    M("3.2万元", 32000),                            # 3.2万元至4.5万元: two units, two amounts (set 1 call 4)
    M("4.5万元", 45000),
    M("5,000元左右", 5000, qualifier="approx"),
    P("84%", 0.84),                                 # 降幅达84%: 达 is no qualifier
    R("兰州", LZ), R("酒泉", JQ), R("张掖", ZY),
    C("14个", 14, "item"),                          # 14个市州
    C("192家", 192, "institution"),
    D("2024年", "2024"),
    P("126%", 1.26),
    R("甘肃省", GS, in_org=True),                   # 甘肃省人民医院
    P("不超过28%", 0.28, qualifier="max"),
    # “十四五”: a plan's name, no unit
    P("1个百分点以上", 0.01, points=True, qualifier="min"),
    D("2024年", "2024"),
    P("24.1%", 0.241),
    D("2021年", "2021"),
    P("31.5%", 0.315),
    P("7.4个百分点", 0.074, points=True),
    M("约6,800万元", 68000000, qualifier="approx"),
    R("甘肃", GS),                                  # 与此同时,甘肃建立了…: the actor, plain
    # 1.5倍: a multiple
    D("2025年1月起", "2025-01", qualifier="from"),
    R("临夏", LX), R("甘南", GN),                   # 临夏、甘南两地: the prefectures' short names (两地: no classifier)
    C("12种", 12, "kind"),
    D("2025年", "2025"),                            # 2025年下半年: 下半年 is no qualifier of the guidelines (call 4)
    C("2,600余家", 2600, "institution", qualifier="min"),
    PH("12393"),
    PH("0931-88264120"),
    R("甘肃", GS, in_org=True),                     # “甘肃医保”APP
]
