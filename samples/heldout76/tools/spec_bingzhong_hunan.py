from gold_lib import *

HN, CS, ZZ, XT, CD = "430000", "430100", "430200", "430300", "430700"   # 湖南省, 长沙, 株洲, 湘潭, 常德
HY, YYX = "430400", "430621"                                             # 衡阳市, 岳阳县
SPEC = [
    R("湖南", HN),                                  # title: 湖南推进…, the province as the subject
    C("24个", 24, "item"),                          # 首批24个病种; 明年起: no number
    R("湖南", HN, in_org=True),                     # 湖南日报: a newspaper (set 1 call 7)
    R("湖南", HN, in_org=True),                     # 新湖南客户端: an app's name holding the place (call 6)
    D("11月18日", "--11-18"),                       # …11月18日讯
    R("湖南省", HN, in_org=True),                   # 湖南省医疗保障局
    # 经过一年多的试点: lone 一 (and 多 with no unit after it)
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    C("14个", 14, "item"),                          # 全省14个市州
    C("24个", 24, "item"),
    D("2024年7月以来", "2024-07", qualifier="from"),
    R("长沙", CS),
    R("株洲", ZZ),
    R("湘潭", XT),                                  # the city (湘潭县 shares the short name; city over county)
    R("常德", CD),
    C("4个", 4, "item"),                            # 4个市
    C("37家", 37, "institution"),
    C("1.86万例", 18600, "case"),
    M("1.27亿元", 127000000),
    P("18.6%", 0.186),
    R("湖南", HN, in_org=True),                     # 湖南中医药大学第一附属医院
    C("3个", 3, "item"),                            # 3个病种
    T("11.3天", 11.3, "day"),
    T("8.6天", 8.6, "day"),
    # 三级医院, 二级医院, 一级及以下医疗机构: hospital grades
    M("9800元", 9800),
    M("7600元", 7600),
    M("5200元", 5200),
    P("不低于85%", 0.85, qualifier="min"),
    P("不低于75%", 0.75, qualifier="min"),
    P("40%以上", 0.4, qualifier="min"),
    P("5%", 0.05),                                  # 再上浮5%
    T("3天", 3, "day"),                             # 不足3天: 不足 is not on the qualifier list
    R("湖南省", HN, in_org=True),                   # 湖南省医疗保障局医药服务管理处
    D("2026年", "2026"),
    C("10至15个", {"min": 10, "max": 15}, "item"),                # 再遴选10至15个病种: one range (as 1到3个月)
    D("2027年底", "2027", qualifier="approx"),      # 到2027年底: 到 is a preposition
    C("50个左右", 50, "item", qualifier="approx"),
    # 二级以上中医医院: a grade
    R("衡阳市", HY),
    R("岳阳县", YYX),                               # 岳阳县等地中医院: places before a generic 中医院, plain
    # "多做多得"与"少做少得": no numbers
    M("约1200元", 1200, qualifier="approx"),        # 每例…约1200元: 每例 is 每 + a classifier, no period
    R("湖南省", HN),                                # 湖南省现有中医医院213家
    C("213家", 213, "institution"),
    # 三级甲等: a grade
    C("32家", 32, "institution"),
    DR("1-10月", "--01", "--10"),                   # 今年1-10月: 今年 outside
    C("4600万人次", 46000000, "person"),
    P("6.2个百分点", 0.062, points=True),
    PH("0731-84775326", city="长沙市"),             # 0731 is shared by 长沙/株洲/湘潭: the provincial bureau's city (set 1 call 5)
    PH("12393"),
    R("湖南省", HN, in_title=True),                 # 《湖南省中医优势病种按病种付费工作方案(…)》
    DR("2025—2027年", "2025", "2027"),              # a year range inside the title with an em dash (set 26's 每月1—5日)
]
