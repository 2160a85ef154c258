from gold_lib import *

NN = "450100"                                       # 南宁市
SPEC = [
    R("南宁市", NN, in_org=True),                   # title: 南宁市疾病预防控制中心
    D("2025-03-20", "2025-03-20"),                  # 发布时间 of the main article: a plain date (set 1 call 8)
    R("南宁市", NN, in_org=True),                   # 来源; 浏览次数:2316: a bare number
    # 各城区、县(市): no places (城区 here is the word "urban districts", not a division named 城区)
    D("3月24日", "--03-24"),                        # 世界防治结核病日: yearly in fact, but no 每年 → no recurring (call 3)
    # 第30个: an ordinal
    R("南宁市", NN),                                # 在南宁市居住
    T("6个月以上", 6, "month", qualifier="min"),
    # 一、二、(一) …: section numbers
    C("3项", 3, "item"),
    C("1张", 1, "piece"),                           # 胸部X光片1张 (X: nothing)
    C("3次", 3, "time"),
    C("1次", 1, "time"),
    T("6个月", 6, "month"),                         # 标准疗程6个月 (call 2)
    T("2个月", 2, "month"),
    T("4个月", 4, "month"),
    C("1次", 1, "time"),                            # 每日服药1次: a count, 每日 not part of it (call 4)
    C("4次", 4, "time"),
    C("2次", 2, "time"),
    T("2个月", 2, "month"),                         # 满2个月: 满 is no qualifier
    T("5个月", 5, "month"),
    T("6个月", 6, "month"),
    C("1次", 1, "time"),
    C("7家", 7, "institution"),
    # 1. … 7.: list numbers
    R("南宁市", NN, in_org=True),                   # 南宁市第四人民医院 (第四: part of the name)
    R("横县", "450181", renamed_from="横县", in_org=True),   # 横县人民医院: 横县 became 横州市 in 2021 (call 5)
    R("武鸣区", "450110", in_org=True),
    R("宾阳县", "450126", in_org=True),
    R("上林县", "450125", in_org=True),
    R("马山县", "450124", in_org=True),
    R("隆安县", "450123", in_org=True),
    R("青秀区", "450103"),
    R("兴宁区", "450102"),
    R("西乡塘区", "450107"),
    # 等城区患者: 城区 the word, no place
    R("南宁市", NN, in_org=True),                   # 南宁市第四人民医院
    M("每月100元", 100, period="month"),
    T("6个月", 6, "month"),                         # 最长补助6个月: 最长 is not on the shared list
    M("不超过600元", 600, qualifier="max"),
    P("90%以上", 0.9, qualifier="min"),
    P("95%以上", 0.95, qualifier="min"),
    D("2024年", "2024"),
    C("1,862例", 1862, "case"),
    C("126例", 126, "case"),
    P("8.3%", 0.083),
    PH("0771-5326118", city="南宁市"),              # 0771 is shared with 崇左; the page is 南宁's
    # 8:00-12:00: times of day
    E("jhb_nn@example.gov.cn"),
    R("南宁市", NN, in_org=True),                   # signature
    D("2025年3月20日", "2025-03-20"),
]
