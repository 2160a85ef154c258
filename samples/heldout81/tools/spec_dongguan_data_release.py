from gold_lib import *

DG = "441900"                                       # 东莞市 (广东省; a prefecture-level city without counties)
SPEC = [
    R("东莞市", DG, in_org=True),                   # 东莞市医疗保障局关于发布…的公告
    D("2025年", "2025"),                            # 2025年上半年 → 2025年 (set 40)
    R("东莞市", DG, in_org=True),                   # 来源:东莞市医疗保障局
    D("2025-07-18", "2025-07-18"),                  # 发布时间; 10:00 a time of day; 字号:大 中 小
    DR("2025年1-6月", "2025-01", "2025-06"),
    R("广东", "440000", in_org=True),               # “开放广东”: a platform's proper name
    R("东莞", DG, in_org=True),                     # …开放平台东莞分站: part of the site's name
    # 数据集编号DG-YB-202506-01: an ID, nothing
    # 一、…六、: section numbers
    D("2025年6月30日", "2025-06-30"),               # 截至 outside
    C("1,102.36万人", 11023600, "person"),
    P("2.7%", 0.027),
    C("786.41万人", 7864100, "person"),
    P("71.3%", 0.713),
    C("315.95万人", 3159500, "person"),
    P("99%以上", 0.99, qualifier="min"),
    DR("1-6月", "--01", "--06"),
    M("236.85亿元", 23685000000),
    M("198.12亿元", 19812000000),
    M("38.73亿元", 3873000000),
    T("约14.6个月", 14.6, "month", qualifier="approx"),   # 累计结余可支付月数约14.6个月
    M("31.27亿元", 3127000000),
    P("约5%", 0.05, qualifier="approx"),            # 较上年同期下降约5%
    DR("1-6月", "--01", "--06"),
    C("2,861.5万人次", 28615000, "person"),
    P("8.9%", 0.089),
    C("38.6万人次", 386000, "person"),
    P("87.6%", 0.876),
    P("72.4%", 0.724),
    C("2,413万人次", 24130000, "person"),
    M("68.5元", 68.5),                              # 次均统筹支付68.5元: 次均 is no period word of the guidelines
    C("4.6万人次", 46000, "person"),
    M("3.18亿元", 318000000),
    D("6月底", "--06", qualifier="approx"),         # 截至6月底; 医保定点: 保定 is no place
    C("2,746家", 2746, "institution"),
    # 三级医院 / 二级医院: hospital levels, nothing
    C("16家", 16, "institution"),
    C("41家", 41, "institution"),
    C("4,981家", 4981, "institution"),
    C("132家", 132, "institution"),
    C("32个", 32, "item"),                          # 32个镇街
    P("100%", 1),
    # 上半年: no number
    C("3,120家", 3120, "institution"),
    M("5,860.4万元", 58604000),
    C("27家", 27, "institution"),
    C("3件", 3, "item"),                            # 移交公安机关案件3件: 公安 (公安机关) is no place
    # 六、数据说明 1.–4.: list numbers
    D("2025年度", "2025"),
    R("东莞", DG),                                  # 在东莞参保: plain; 港澳台 (an abbreviation) no place
    C("2.1万人", 21000, "person"),
    U("https://ybj.dg.example.gov.cn/sjfb/"),
    PH("0769-22836105"),
    E("tjk@dgyb.example.gov.cn"),
    T("5个工作日", 5, "workday"),                   # 5个工作日内: 内 is no qualifier
    R("东莞市", DG, in_org=True),                   # signature
    D("2025年7月18日", "2025-07-18"),
]
