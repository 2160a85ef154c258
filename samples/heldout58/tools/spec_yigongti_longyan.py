from gold_lib import *

# A 龙岩 (福建) report on 医共体. 永定区 is 龙岩's and 张家界's: the page is 龙岩's, so a bare 永定区 is
# 350803 unless 张家界 is named before it (README call 1).
LY, YD_LY, YD_ZJJ = "350800", "350803", "430802"
SPEC = [
    R("龙岩市", LY),                                # title: a place before a topic
    C("7个", 7, "item"),                            # 7个县(市、区)
    C("11个", 11, "item"),
    P("91.2%", 0.912),
    D("2026-03-18", "2026-03-18"),                  # 发布时间 of the main article: a plain date
    # 闽西日报: 闽西 is no division; 浏览次数:2317: a bare number
    R("龙岩市", LY),
    R("新罗区", "350802"), R("永定区", YD_LY), R("长汀县", "350821"), R("上杭县", "350823"),
    R("武平县", "350824"), R("连城县", "350825"), R("漳平市", "350881"),
    C("11个", 11, "item"),
    C("118家", 118, "institution"),
    C("1632个", 1632, "item"),
    D("2025年", "2025"),
    P("91.2%", 0.912),
    P("3.6个百分点", 0.036, points=True),
    D("2023年", "2023"),
    P("约9个百分点", 0.09, points=True, qualifier="approx"),
    R("新罗区", "350802"),                          # 【新罗区】 heading
    R("龙岩市", LY, in_org=True),                   # 龙岩市第一医院
    R("龙岩", LY, in_org=True),                     # 龙岩人民医院 (龙岩 is only the city's short name)
    C("14家", 14, "institution"),                   # 区内: no place
    C("不少于2次", 2, "time", qualifier="min"),     # 每周 is a period word only for money
    R("龙岩", LY),                                  # 龙岩高新区: 高新区 is no division; the city, plain
    C("2家", 2, "institution"),
    # 中心城区: 城区 is a common word, no place
    R("永定区", YD_LY),                             # 【永定区】 heading on a 龙岩 page
    R("永定区", YD_LY, in_org=True),                # 永定区医院
    C("9家", 9, "institution"),
    D("2025年", "2025"),
    M("1260万元", 12600000),
    P("40%", 0.4),
    R("龙岩市永定区", YD_LY),
    R("湖南省张家界市永定区", YD_ZJJ),              # the chain settles it: 张家界's
    D("2024年", "2024"),
    C("两个", 2, "item"),                           # 医疗合作协议: 合作 is a common word
    # "永定" in quotes (两个永定): the name as a word, for both districts at once: no mention (call 2)
    C("36名", 36, "person"),
    R("张家界", "430800"),                          # 张家界来的进修医生: the city
    R("永定区", YD_LY, in_org=True),                # 在永定区医院学习: the 龙岩 hospital of this section
    T("3个月", 3, "month"),
    R("长汀县", "350821"),
    R("长汀县", "350821", in_org=True),             # 长汀县医院
    R("厦门", "350200", in_org=True),               # 厦门大学附属中山医院; 中山 is part of the name (Sun Yat-sen)
    C("1800余例", 1800, "case", qualifier="min"),
    D("2022年", "2022"),
    P("84.5%", 0.845), P("92.3%", 0.923),
    R("上杭县", "350823"),
    R("上杭县", "350823", in_org=True),
    # 古田镇中心卫生院: 古田镇 is a township of 上杭; 古田 (古田县, 宁德) is no place here
    T("45分钟", 45, "minute"),
    D("2025年", "2025"),
    C("217例", 217, "case"),
    R("武平县", "350824"), R("连城县", "350825"),   # 【武平县、连城县】; 两县: no classifier
    P("23%", 0.23),
    # 一年: lone 一
    M("约580万元", 5800000, qualifier="approx"),
    R("连城县", "350825", in_org=True),             # 连城县医院
    R("北京", "110000", in_org=True),               # 北京大学第一医院
    C("3名", 3, "person"),
    R("连城", "350825"),                            # 到连城坐诊: the county's short name
    R("漳平市", "350881"),
    R("漳平市", "350881", in_org=True),
    C("16个", 16, "item"),
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    P("85%以上", 0.85, qualifier="min"),
    M("200元", 200),                                # 降至 is a verb + preposition
    R("龙岩市", LY),
    D("2026年底前", "2026", qualifier="until"),
    P("不低于5%", 0.05, qualifier="min"),           # 每年 is no part of a percent
    PH("0597-2231234"),
]
