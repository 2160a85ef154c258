from gold_lib import *

HB, WH, JX, HP, WHJX = "420000", "420100", "420115", "420116", "420115"
YC, YL, XY, XZ, JZ, SS, DY = "420500", "420506", "420600", "420607", "421000", "421002", "420281"
SPEC = [
    R("湖北省", HB, in_org=True),                   # 湖北省医疗保障局 (title); (第二批): ordinal batch
    D("2025-11-06", "2025-11-06"),                 # 发布时间 of the main article: plain date (heldout call 8); 浏览次数:1326 bare number
    D("2025年", "2025"),                           # 2025年第三季度 (call 1); 5起失信案例: 起 is no classifier (call 3)
    # 案例一 … 案例五: list numbers
    R("武汉", WH, in_org=True),                     # 武汉康瑞医药有限公司 (heading)
    DR("2021年3月至2023年8月", "2021-03", "2023-08"),
    R("武汉", WH, in_org=True),
    R("江夏区", JX),                                # 江夏区、黄陂区4家公立医疗机构: counted institutions, plain
    R("黄陂区", HP),
    C("4家", 4, "institution"),
    M("86.5万元", 865000),
    D("2025年4月15日", "2025-04-15"),
    R("武汉市江夏区", JX, in_org=True),             # 武汉市江夏区人民法院: a court (chain, in_org)
    T("30个工作日", 30, "workday"),
    R("宜昌", YC, in_org=True),                     # 宜昌三峡恒泰药业有限公司: 三峡 is no gazetteer unit
    DR("2022年1月至12月", "2022-01", "2022-12"),
    R("宜昌市夷陵区", YL),                          # 宜昌市夷陵区某医院: 某 names no body, plain
    M("213.6万元", 2136000),
    C("12种", 12, "kind"),
    # 统一社会信用代码:91420500MA4K7R2Q3X: an ID (420500 inside it is no place), nothing
    T("12个月", 12, "month"),
    D("2025年9月28日起", "2025-09-28", qualifier="from"),
    R("襄阳", XY, in_org=True),                     # 襄阳汉江生物科技股份有限公司: 汉江 is a river, no unit; 第2次失信案: ordinal
    D("2024年", "2024"),
    D("2025年5月", "2025-05"),
    R("襄阳市襄州区", XZ, in_org=True),             # 襄阳市襄州区医保局
    M("4.2万元", 42000),
    # 系第2次失信: ordinal, nothing
    R("荆州", JZ, in_org=True),                     # 荆州楚康医疗器械有限公司: 荆州 = city and 荆州区 short name -> the city
    DR("2020-2022年", "2020", "2022"),
    R("沙市区", SS),                                # 在沙市区抬高耗材价格: a place, plain
    P("35%以上", 0.35, qualifier="min"),
    M("约152万元", 1520000, qualifier="approx"),
    C("3家", 3, "institution"),
    C("1,860件", 1860, "item"),
    T("6个月", 6, "month"),
    R("大冶市", DY, in_org=True),                   # 大冶市华新药品经营部 (heading)
    D("2023年10月", "2023-10"),
    R("大冶市", DY),                                # 大冶市2家卫生院: counted institutions, plain
    C("2家", 2, "institution"),
    M("8,640元", 8640),
    M("30万元以下", 300000, qualifier="max"),
    D("2025年8月12日", "2025-08-12"),
    T("10个工作日", 10, "workday"),
    C("5家", 5, "institution"),
    C("4家", 4, "institution"),
    C("1家", 1, "institution"),
    R("湖北省", HB, in_org=True),                   # signature
    D("2025年11月6日", "2025-11-06"),
]
