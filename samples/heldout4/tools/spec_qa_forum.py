from gold_lib import *

NN, HZ, GX = "450100", "450181", "450000"          # 南宁市, 横州市 (横县 until 2021), 广西壮族自治区
SPEC = [
    # breadcrumb 百度知道 > 健康 > 医疗保险: nothing
    R("南宁", NN),                                  # title: a topic.  两万多 / 一万二: no unit
    D("2023-05-12", "2023-05-12"),                  # question line: 14:32 a time; 浏览 3862 and 悬赏 20 counters
    T("62岁", 62, "year", age=True),
    R("横县", HZ, renamed_from="横县"),             # a 2023 post with the pre-2021 name
    M("350元", 350),                                # 每个人交了350元: 每个人 is no period word, 交了 stands between
    R("南宁市", NN, in_org=True),                   # 南宁市第一人民医院 (第一: an ordinal)
    T("半个月", 0.5, "month"),                      # 住了半个月院 (like 半年 → 0.5 year)
    # 两万三千多: no unit
    M("一万二千块左右", 12000, qualifier="approx"),
    P("百分之六七十", {"min": 0.6, "max": 0.7}),    # two neighbouring numerals, one 百分之: one range (like 30-40%)
    R("横州", HZ),                                  # 追问: the current name, short form
    R("南宁", NN),
    D("2023-05-12", "2023-05-12"),                  # answer line: 15:07 a time
    P("86%", 0.86),                                 # 采纳率:86%: a percent, whatever it measures
    R("横县", HZ, renamed_from="横县"),
    R("横州市", HZ),
    R("南宁", NN),                                  # 南宁代管的县级市
    R("南宁", NN),                                  # 在南宁城区住院 (城区: a common word here, not the district 城区 of 晋城/阳泉)
    R("南宁", NN),                                  # 南宁的居民医保
    D("2023年", "2023"),
    # 一级/二级/三级医院: grades
    M("200元", 200), P("90%", 0.9),
    M("500元", 500), P("80%", 0.8),
    M("1000元", 1000), P("60%", 0.6),
    R("南宁市", NN, in_org=True),                   # 南宁市一医: an abbreviated hospital name (like 濮阳三院)
    M("1000块", 1000),
    M("两千块", 2000),                              # 估计有两千块: 估计 is not on the shared list
    P("60%", 0.6),
    # 报一万二: no unit
    P("五成", 0.5),                                 # 五成多: 多 is not on the shared list, the span ends at 成
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    # 二级及以下医院: a grade
    P("5个百分点", 0.05, points=True),
    # 一年里: lone 一
    M("超过1.5万元", 15000, qualifier="min"),
    P("60%以上", 0.6, qualifier="min"),
    # 一年一千五百块钱: 一年 is a lone 一 and no period word (每 is missing); 钱 is a noun after the unit 块
    M("一千五百块", 1500),
    # "两病": 病 is no classifier
    P("50%", 0.5),
    U("http://ybj.nanning.example.gov.cn/zcjd/2023/0421.html"),
    # 赞同 128 | 踩 3 | 评论(12): counters, no unit
    # 邕城老司机: 邕 is a one-character abbreviation
    D("2023-05-13", "2023-05-13"),                  # 08:21 a time
    R("广西", GX, in_org=True),                     # 广西医科大学第一附属医院
    T("10天", 10, "day"),
    # 一万八: no unit
    P("七成", 0.7),                                 # 七成多: 多 is not on the list
    M("五千多块", 5000, qualifier="min"),              # 五千多块钱: maintainer (session 12): 多/余 between a number and its unit is "more than" (guidelines); the annotator had no money
    M("三四百块", (300, 400)),                      # two neighbouring numerals, one unit: a range (qualifier range)
    # 几十块: no number
    # 赞同 41 | 评论(2): counters.  绿城张姐: 绿城 is a nickname of 南宁, no place in the gazetteer
    D("2023-05-13", "2023-05-13"),                  # 10:46 a time
    # 一年交一次: lone 一 (一年, 一次)
    DR("每年9月到12月", "--09", "--12", recurring="yearly"),
    R("广西", GX, in_org=True),                     # "广西医保"公众号
    # 每个月交一百多: no unit
    T("25年", 25, "year"),                          # 要交满男25年: 满 is no qualifier
    T("20年", 20, "year"),
    R("南宁", NN),                                  # 南宁医保咨询电话: a topic (like 南县新农合医保电话)
    PH("0771-5536217", city="南宁市"),              # 0771 is shared by 南宁 and 崇左: the article's city
    PH("12393"),
    # 赞同 17 | 评论(0): counters
]
