from gold_lib import *

NN, GX, SZ, GD, GZ, QX, XN = "450100", "450000", "440300", "440000", "440100", "450103", "450102"
SPEC = [
    R("南宁", NN),                                  # title: 南宁医保辅助生殖待遇十问: a programme/topic, plain; 十问 no classifier
    R("南宁市", NN, in_org=True),                   # 来源:南宁市医疗保障局
    D("2025-10-15", "2025-10-15"),
    # 问1 … 问7: question numbers
    R("南宁市", NN),                                # 南宁市医保什么时候…: a programme, plain
    D("2025年3月1日起", "2025-03-01", qualifier="from"),
    R("广西", GX),
    C("11项", 11, "item"),
    R("南宁市", NN),                                # 在南宁市定点机构: a place before a kind of institution, plain
    P("70%", 0.7),
    P("55%", 0.55),
    R("深圳", SZ),                                  # 我在深圳工作
    R("南宁", NN),
    R("深圳", SZ),                                  # 职工医保关系在深圳的
    R("深圳", SZ),                                  # 按深圳的政策
    R("南宁", NN),                                  # 参保地在南宁
    R("广东省广州市", GZ),                          # a chain, the city
    P("10个百分点", 0.1, points=True),
    P("60%", 0.6),
    T("6个月", 6, "month"),                         # 连续缴费满6个月: 满 no qualifier
    T("超过3个月", 3, "month", qualifier="min"),
    D("2025年", "2025"),
    M("每月4000元", 4000, period="month"),          # 每月4000元至2.1万元: the unit twice → two amounts, period on the first
    M("2.1万元", 21000),
    P("8%", 0.08),
    C("2次", 2, "time"),                            # 各限报2次
    T("22周岁以上", 22, "year", age=True, qualifier="min"),
    T("45周岁以下", 45, "year", age=True, qualifier="max"),
    # 第一代与第二代技术 / 第三代: ordinals
    R("南宁市", NN),                                # 南宁市共有4家
    C("4家", 4, "institution"),
    R("广西壮族自治区", GX, in_org=True),           # 广西壮族自治区妇幼保健院
    R("广西", GX, in_org=True),                     # 广西医科大学第一附属医院
    R("南宁市", NN, in_org=True),                   # 南宁市第二人民医院 (第二: ordinal)
    R("青秀区", QX),                                # 青秀区、兴宁区各有咨询点: plain
    R("兴宁区", XN),                                # 兴宁区 of 南宁 (not 梅州's 兴宁市)
    T("20个工作日", 20, "workday"),                 # 20个工作日内: 内 not on the list
    C("1份", 1, "piece"),
    C("2份", 2, "piece"),
    DR("2025年1月至2月", "2025-01", "2025-02"),
    D("2025年3月1日以后", "2025-03-01", qualifier="from"),
    PH("(0771)5556123", city="南宁市"),             # 0771 is shared by 南宁 and 崇左: the article's region (南宁)
    PH("12393"),
]
