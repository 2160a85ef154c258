from gold_lib import *

ZJ, SX, XW, LJ, LZ, WC, PT, MZ, GD = ("440800", "440823", "440825", "440881", "440882", "440883", "440804",
                                      "440811", "440000")
SPEC = [
    R("湛江市", ZJ, in_org=True),                   # 湛江市医疗保障局关于…的曝光 (headline)
    D("2025年", "2025"),                            # 2025年第三批: a year before an ordinal (set 18)
    R("湛江市", ZJ, in_org=True),                   # 来源:湛江市医疗保障局
    D("2025-11-06", "2025-11-06"),                  # 发布时间 of the main article: a plain date (set 1 call 8)
    # 《医疗保障基金使用监督管理条例》: no place, no number
    D("2025年", "2025"),                            # 2025年第三批6起: 第三批 an ordinal
    # 6起: 起 (a classifier for cases) is not in the guidelines' classifier list: no count (cf. set 7 call 7, 趟/对)
    # 案例一 … 案例六: list numbers
    R("遂溪县", SX),                                # 遂溪县某中医院: 某 names no body, no in_org
    DR("2025年6月17日至6月19日", "2025-06-17", "2025-06-19"),
    R("广东省", GD, in_org=True),                   # 广东省医疗保障局飞行检查组
    R("遂溪县", SX),                                # 对遂溪县某中医院开展飞行检查
    M("38.62万元", 386200),
    R("遂溪县", SX, in_org=True),                   # 遂溪县医疗保障局
    M("38.62万元", 386200),
    # 1.5倍: a multiple, no mention (sets 4/5)
    M("57.93万元", 579300),
    C("2个", 2, "item"),                            # 2个医保服务项目
    T("6个月", 6, "month"),
    R("徐闻县", XW, in_org=True),                   # 徐闻县城北卫生院: a named institution (title); 城北 (西宁's
                                                    # 城北区) is a township's part of the name here: no place (×2)
    DR("2024年1月1日至2025年3月31日", "2024-01-01", "2025-03-31"),
    R("徐闻县", XW, in_org=True),                   # 徐闻县城北卫生院 (body)
    M("12.48万元", 124800),
    R("徐闻县", XW, in_org=True),                   # 徐闻县医疗保障局
    # 3倍: a multiple
    M("37.44万元", 374400),
    # 移送公安机关 (×2): 公安 (公安县) is the police here, no place
    C("2名", 2, "person"),                          # 涉案医师2名
    # 记满12分: a score (guidelines: 200分), no mention
    R("廉江市", LJ),                                # 廉江市某民营医院 (title)
    D("2025年4月", "2025-04"),
    R("湛江市", ZJ, in_org=True),                   # 湛江市医疗保障局
    R("廉江市", LJ),                                # 廉江市某民营医院
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    C("137例", 137, "case"),
    M("62.7万元", 627000),
    R("廉江市", LJ, in_org=True),                   # 廉江市医疗保障局
    M("62.7万元", 627000),
    # 2倍: a multiple
    M("125.4万元", 1254000),
    R("雷州市", LZ),                                # 雷州市某药店 (title)
    D("2025年5月8日", "2025-05-08"),
    R("雷州市", LZ, in_org=True),                   # 雷州市医疗保障局
    R("雷州市", LZ),                                # 雷州市某大药房
    M("8.36万元", 83600),
    M("8.36万元", 83600),
    # 1倍: a multiple
    M("8.36万元", 83600),
    T("3个月", 3, "month"),
    C("41家", 41, "institution"),
    C("19人", 19, "person"),
    R("吴川市", WC),                                # 吴川市参保人王某 (title): a place before people, no body
    DR("2023年至2024年", "2023", "2024"),
    R("吴川市", WC),                                # 在吴川市、坡头区多家药店: 多家 is no count
    R("坡头区", PT),
    C("153次", 153, "time"),
    M("4.87万元", 48700),
    R("吴川市", WC, in_org=True),                   # 吴川市医疗保障局
    M("4.87万元", 48700),
    T("12个月", 12, "month"),
    R("麻章区", MZ),                                # 麻章区某医院 (title)
    DR("2025年7月21日至7月23日", "2025-07-21", "2025-07-23"),
    R("湛江市", ZJ, in_org=True),                   # 湛江市医疗保障局; 市卫生健康局: no place
    R("麻章区", MZ),                                # 对麻章区某医院
    M("21.5万元", 215000),
    P("17.3%", 0.173),
    R("麻章区", MZ, in_org=True),                   # 麻章区医疗保障局
    M("21.5万元", 215000),
    # 1.2倍: a multiple
    M("25.8万元", 258000),
    DR("2025年1-9月", "2025-01", "2025-09"),
    # 全市: no place
    C("2136家", 2136, "institution"),
    C("468家", 468, "institution"),
    M("3862.5万元", 38625000),
    P("24.6%", 0.246),
    M("20万元", 200000),                            # 最高奖励20万元: 奖励 stands between 最高 and the amount
    PH("0759-3380126"),                             # 湛江's 0759 with a 7-digit local number; 8:30-12:00, 14:30-17:30: times
    PH("12393"),                                    # 全国医保服务热线: 全国 no place
    E("ybjjjg@zhanjiang-yb.example.cn"),
    U("https://ybj.zhanjiang.example.gov.cn"),
    R("湛江市", ZJ, in_org=True),                   # signature 湛江市医疗保障局
    D("2025年11月6日", "2025-11-06"),
]
