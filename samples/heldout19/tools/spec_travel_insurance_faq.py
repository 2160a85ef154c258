from gold_lib import *

BJ, SH, GZ, PD = "110000", "310000", "440100", "310115"   # 北京市, 上海市, 广州市, 浦东新区
SPEC = [
    # 瀚途保险 > 服务中心 > …: an invented insurer's breadcrumb, nothing
    D("2025年", "2025"),                            # …常见问题解答(2025年版): a year with 年版 (set 8 call 7)
    D("2025-06-10", "2025-06-10"),
    # 问1 … 问6: item labels, no unit (set 13 call 8); “瀚途畅游·全球版”: a product name
    M("5万美元", 50000, currency="USD"),
    M("10万美元", 100000, currency="USD"),
    M("30万美元", 300000, currency="USD"),         # 三档: 档 is no classifier
    T("70周岁以上", 70, "year", age=True, qualifier="min"),
    M("5万美元", 50000, currency="USD"),            # 最高为5万美元: 为 stands between 最高 and the amount
    M("不超过50万元", 500000, qualifier="max"),     # 50万元人民币: 人民币 after the unit is not part of it
    T("0-80周岁", (0, 80), "year", age=True),
    T("180天", 180, "day"),                         # 最长180天: 最长 is not on the shared list
    # 日本, 泰国 (问2), 东京, 泰国, 曼谷 (问3): foreign countries and cities, not in the gazetteer: no regions
    M("超过3000美元", 3000, currency="USD", qualifier="min"),
    M("3000美元以下", 3000, currency="USD", qualifier="max"),
    # 普通门诊一次: lone 一 (no count); 合作 (×4, 合作网络/合作医院/合作诊所): a word, not 合作市
    M("1万至2万日元", (10000, 20000), currency="JPY"),   # one unit for both ends: one range (3万~15万元)
    M("10万日元左右", 100000, currency="JPY", qualifier="approx"),
    M("3万泰铢以上", 30000, currency="THB", qualifier="min"),   # 泰铢 (Thai baht) is a currency unit the list omits
    T("24小时", 24, "hour"),                        # 24小时全球救援热线
    m("phone", "+66 2 615 8800", "+6626158800", kind="fixed"),     # 曼谷: Thailand's country code 66 (set 16 call 1)
    m("phone", "+81 3 5432 1098", "+81354321098", kind="fixed"),   # 东京: Japan's country code 81
    P("100%", 1),
    # 中国大陆: no place (like 全国, 内地)
    T("7天", 7, "day"),                             # 回到中国大陆后7天内
    P("80%", 0.8),
    T("30天", 30, "day"),                           # 最长赔付30天
    # 出险当日, 中国人民银行: nothing
    R("北京", BJ),                                  # 从北京、上海、广州等口岸出境
    R("上海", SH),
    R("广州", GZ),
    T("3天", 3, "day"),                             # 满3天后方可生效: 满 is not on the list; 3天后 is a duration (30日后)
    T("30日", 30, "day"),                           # 回国后30日内
    # “瀚途保险”App: no place
    T("10个工作日", 10, "workday"),
    T("2年", 2, "year"),                            # 索赔时效为自事故发生之日起2年
    PH("400-886-9512"),
    m("phone", "+86 21 6888 0521", "+862168880521", kind="fixed", area_code="021", area_city="上海市"),
                                                    # the international form (set 10 call 3), spaces kept in the span
    E("claims@example-hantu.com.cn"),
    U("https://www.example-hantu.com.cn/claim"),
    R("上海市浦东新区", PD),                         # address: one chain; 世纪大道1288号 is no mention
]
