from gold_lib import *

XM, FJ, QZ, ZZ, SH = "350200", "350000", "350500", "350600", "310000"   # 厦门市, 福建省, 泉州市, 漳州市, 上海市
SPEC = [
    R("厦门", XM),                                  # headline 厦门: the city as the headline's actor (set 46 call 11), plain
    # 在厦: 厦 is a one-character abbreviation, nothing
    R("厦门", XM, in_org=True),                     # 厦门日报: a newspaper (set 1 call 7)
    D("2025-09-18", "2025-09-18"),                  # 08:15 a time
    D("9月17日", "--09-17"),
    R("厦门市", XM, in_org=True),                   # 厦门市医疗保障局
    # 《关于在厦就业…》: 厦 alone, nothing
    D("2025年10月1日起", "2025-10-01", qualifier="from"),
    T("6个月", 6, "month"),                         # 在厦居住满6个月: 满 is not on the list
    D("2025年8月底", "2025-08", qualifier="approx"),
    C("3260名", 3260, "person"),
    # 新加坡, 日本, 韩国, 德国, 美国: foreign countries, no regions
    C("40多个", 40, "item", qualifier="min"),       # 多 between the number and 个 → min
    R("思明区", "350203"),
    R("湖里区", "350206"),
    P("68.5%", 0.685),
    D("2026年度", "2026"),
    M("每年410元", 410, period="year"),
    M("每年不低于1050元", 1050, period="year", qualifier="min"),
    P("8%", 0.08),
    P("2%", 0.02),
    # 上年度: no number
    P("300%", 3.0),
    # 首尔, 韩国: foreign places
    M("每月大约15万韩元", 150000, currency="KRW", period="month", qualifier="approx"),
    R("厦门", XM),                                  # 现在在厦门
    # 一个月: lone 一
    M("四百多元", 400, qualifier="min"),
    R("福建省", FJ),
    R("泉州", QZ),
    R("漳州", ZZ),
    R("上海市", SH),
    P("10个百分点", 0.1, points=True),
    # 新加坡, 马来西亚: foreign, nothing
    DR("每年9月1日至12月31日", "--09-01", "--12-31", recurring="yearly"),
    R("厦门", XM, in_org=True),                     # “i厦门”平台: an app/platform's name
    T("3个工作日", 3, "workday"),                   # 3个工作日内: 内 is not on the list
    PH("0592-5301234"),
    PH("12393"),
    E("intl.ybj@xiamen-example.gov.cn"),
    R("厦门市", XM, in_org=True),                   # 厦门市医疗保障局官网
    U("https://ybj.xiamen.example.gov.cn/waiji/"),
]
