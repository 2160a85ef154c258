from gold_lib import *

SZ, HK = "440300", "810000"
SPEC = [
    R("深圳", SZ),                                  # 深圳医保点样买: a topic, not in_org
    P("最高七成", 0.7, qualifier="max"),
    D("2024年8月20日", "2024-08-20"),               # 星期二: nothing
    R("香港", HK, in_org=True),                     # 香港商报网
    # 大湾区, 港人: not places
    R("深圳", SZ),
    R("深圳市", SZ, in_org=True),                   # 深圳市医疗保障局
    D("2024年6月底", "2024-06", qualifier="approx"),
    R("深圳", SZ),
    C("6.8万人", 68000, "person"),                  # 约有6.8万人: 有 separates 约
    D("2023年底", "2023", qualifier="approx"),
    P("约一成", 0.1, qualifier="approx"),
    R("香港", HK),                                  # 香港居民
    R("深圳", SZ),
    M("每年460元", 460, period="year"),
    D("2024年度", "2024"),
    T("18周岁以下", 18, "year", age=True, qualifier="max"),   # Traditional 18週歲以下
    M("每年200元", 200, period="year"),
    DR("每年9月1日至12月25日", "--09-01", "--12-25", recurring="yearly"),
    DR("1月1日至3月31日", "--01-01", "--03-31"),   # 翌年 (the next year) is not part of it
    T("3个月", 3, "month"),
    R("深圳", SZ),
    P("70%", 0.7), P("65%", 0.65), P("60%", 0.6),
    M("100元", 100), M("200元", 200), M("500元", 500),
    P("最高七成", 0.7, qualifier="max"),
    M("30万元", 300000),
    M("每次10元", 10, period="time"),
    P("50%", 0.5),
    # 以一名: lone determiner
    R("罗湖区", "440303"),
    T("65岁", 65, "year", age=True),
    R("深圳市", SZ, in_org=True),                   # 深圳市人民医院
    T("10天", 10, "day"),
    M("约2.4万元", 24000, qualifier="approx"),
    M("约1.3万元", 13000, qualifier="approx"),
    M("约1.1万元", 11000, qualifier="approx"),
    R("香港", HK),                                  # 香港私家医院: generic, not a proper name
    M("约3,000港元", 3000, currency="HKD", qualifier="approx"),
    R("深圳市", SZ, in_org=True),                   # 深圳市医保局
    R("福田区", "440304"), R("南山区", "440305"),   # 深圳's 南山区, not 鹤岗's
    T("3个工作日", 3, "workday"),
    PH("12393"),
    PH("(0755) 8313 2345"),
    T("5年", 5, "year"),
    R("深圳", SZ),
    R("香港", HK, in_org=True), R("深圳", SZ, in_org=True),   # 香港大学深圳医院
    R("香港", HK),
    C("约15万人次", 150000, "person", qualifier="approx"),
]
