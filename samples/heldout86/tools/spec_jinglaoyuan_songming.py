from gold_lib import *

KM, SM = "530100", "530127"                         # 昆明市, 嵩明县
SPEC = [
    R("嵩明县", SM, in_org=True),                   # 嵩明县杨林镇敬老院 (杨林镇: a township, nothing)
    # 五保: nothing
    R("嵩明县", SM, in_org=True),                   # 嵩明县融媒体中心
    D("2026年1月20日", "2026-01-20"),               # 阅读:876 a counter
    R("嵩明县", SM, in_org=True),                   # 走进嵩明县杨林镇敬老院: the home's full name
    C("三五位", {"min": 3, "max": 5}, "person"),   # 三五 (three to five), a range with no qualifier
    T("92岁", 92, "year", age=True),
    T("8年", 8, "year"),                            # 住了8年
    D("1998年", "1998"),
    D("2023年", "2023"),
    C("120张", 120, "piece"),
    C("86人", 86, "person"),
    T("80周岁以上", 80, "year", age=True, qualifier="min"),
    C("31人", 31, "person"),
    C("17名", 17, "person"),
    # 杨林镇卫生院: a township, nothing; 院长周建华 (twice): a person's name, 建华 is not 建华区 (齐齐哈尔)
    C("2名", 2, "person"),                          # 每周派2名医生
    C("3名", 3, "person"),
    # 一级护理和二级护理: nursing grades, nothing
    # 来回40多公里: a distance, nothing (公里 is no unit)
    # 4间医务室: 间 is not a classifier of the list, nothing
    C("12台", 12, "piece"),
    D("2025年", "2025"),
    C("1560人次", 1560, "person"),
    R("昆明市", KM),                                # 昆明市城乡居民医保: a programme, plain
    P("85%以上", 0.85, qualifier="min"),
    R("嵩明县", SM),
    C("6所", 6, "institution"),
    C("412人", 412, "person"),
    M("每月600元", 600, period="month"),            # 每人每月600元 → 每月600元 (每人 is no period); 每年安排 does not touch
    R("嵩明县", SM),
    D("2026年底前", "2026", qualifier="until"),     # 底前 → until
    R("昆明市", KM),                                # 在昆明市率先推行: plain
    # 308房间: a room number, nothing
    T("九十多岁", 90, "year", age=True, qualifier="min"),
    D("1934年", "1934"),
    # 滇池: a lake (滇: one character), nothing; 每个月体检一次: lone 一
    # 一栋 (lone 一), 3层 (层: no classifier), 2400平方米 (square metres): nothing
    D("2026年6月", "2026-06"),
    C("60张", 60, "piece"),
]
