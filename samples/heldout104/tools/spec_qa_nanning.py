from gold_lib import *

NN, GZ, GX = "450100", "440100", "450000"           # 南宁市, 广州市, 广西壮族自治区
SPEC = [
    # 医保答疑|“两癌”…: a column name without a place; “两癌”: no count
    D("2025-06-20", "2025-06-20"),
    R("南宁市", NN, in_org=True),                   # 南宁市医疗保障局 (the account); 阅读 4.2万: a counter, no unit
    PH("12345"),
    R("南宁市", NN, in_org=True),                   # 南宁市医保局
    C("6个", 6, "item"),
    # 问1…问6: question numbers
    R("南宁市", NN),                                # 南宁市城乡居民医保: a programme, plain; 一级医疗机构: a level
    P("55%", 0.55),
    M("200元", 200),                                # 单次最高支付200元: 支付 stands between 最高 and the amount
    M("200元", 200),                                # 一级医院200元 (hospital levels are nothing)
    M("500元", 500),
    M("800元", 800),
    P("90%", 0.9),
    P("80%", 0.8),
    P("65%", 0.65),
    P("85%", 0.85),
    P("5个百分点", 0.05, points=True),
    M("50万元", 500000),                            # 年度最高支付限额:职工医保50万元: no qualifier touches
    M("25万元", 250000),
    # 我区: no place
    M("1.5万元", 15000),                            # 限额每人1.5万元: 每人 no period
    P("70%", 0.7),
    P("85%", 0.85),
    M("每年3万元", 30000, period="year"),
    T("2年", 2, "year"),
    T("30日", 30, "day"),                           # 到期前30日内
    R("广东广州", GZ),                              # a chain: the city
    R("广州", GZ),
    R("南宁", NN),
    P("10%", 0.1),
    # 9价HPV疫苗: a product's valence, no count; 第二类: ordinal
    M("约1300元", 1300, qualifier="approx"),        # 每剂约1300元: 每 + classifier, no period
    # 3剂: 剂 is not a classifier of the guidelines (sets 57, 95), nothing
    P("70%", 0.7),
    M("6万元", 60000),
    R("广西壮族自治区", GX, in_org=True),           # 广西壮族自治区妇联
    M("1万元", 10000),
    PH("0771-5565021", city="南宁市"),                           # 9:00-17:00 a time; 全区: no place
    PH("12393"),
    R("南宁市", NN, in_org=True),                   # 来源:南宁市医疗保障局
]
