from gold_lib import *

HN, HK, GD, ZJ, BJ, SH, XG = "460000", "460100", "440000", "330000", "110000", "310000", "810000"
SPEC = [
    # 【医保问答】; 乐城, 博鳌: no GB/T 2260 units
    R("海南", HN, in_org=True),                     # 来源:海南日报客户端 (a newspaper's app, set 1 call 7)
    D("2025-06-20", "2025-06-20"),                  # 发布时间 of the main article: plain; 09:30 a time of day
    R("海南省", HN, in_org=True),                   # 海南省医疗保障局
    # 问1 … 问5: list numbers
    D("2024年", "2024"),                            # 《…药品目录(2024年)》: a date inside a title
    D("2023年7月1日起", "2023-07-01", qualifier="from"),
    R("海南省", HN),                                # 海南省职工医保参保人: before a programme
    M("不超过2万元", 20000, qualifier="max"),       # 每年累计不超过2万元: 累计 stands between 每年 and the amount, no period
    R("海南省", HN),                                # 海南省内
    R("广东省", GD),
    R("浙江省", ZJ),
    D("2024年", "2024"),
    P("约七成", 0.7, qualifier="approx"),
    # 问3:惠民保能报吗: 惠民 (惠民县's short name) is no place inside 惠民保
    R("海南", HN),                                  # 海南本地; 惠琼保: 琼 a one-character abbreviation
    D("2025年度", "2025"),
    M("69元", 69),                                  # 每人69元: 每 + classifier is no period
    P("70%", 0.7),
    M("100万元", 1000000),
    R("北京", BJ),                                  # 北京的京惠保: a place before a product (京, 沪: abbreviations)
    R("上海", SH),
    C("20余个", 20, "item", qualifier="min"),       # 余 between number and unit: min
    # 惠民保产品将乐城特药: neither 惠民 nor 将乐 (将乐县 in 福建) is a place here (将|乐城)
    T("15个工作日", 15, "workday"),                 # 15个工作日内: 内 is no qualifier
    M("超过10万元", 100000, qualifier="min"),       # 超过 is on the shared qualifier list (before, min)
    T("不超过30个工作日", 30, "workday", qualifier="max"),  # 最长 is not on the list
    # PD-1: a drug target's name; (100mg/10ml): a pack specification
    M("约1.98万元", 19800, qualifier="approx"),     # 每支…售价约1.98万元
    R("香港", XG),
    M("约2.3万港元", 23000, currency="HKD", qualifier="approx"),
    P("三成左右", 0.3, qualifier="approx"),
    R("海南省", HN, in_org=True),                   # 海南省医疗保障局
    PH("0898-65388123", city="海口市"),             # the provincial bureau is in 海口
    PH("12393"),
]
