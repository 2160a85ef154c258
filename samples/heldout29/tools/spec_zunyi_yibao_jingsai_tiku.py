from gold_lib import *

GZ, ZY = "520000", "520300"
HHG, HC, RH, CS, BZ = "520302", "520303", "520382", "520381", "520304"
SPEC = [
    R("遵义市", ZY),                                  # 遵义市“医保知识进万家”有奖竞答: a place before a programme, plain;
                                                      # 进万家 (a set phrase, "into every home"): 万 with no digit counts nothing (judgement call)
    R("遵义市", ZY, in_org=True),                     # 遵义市医疗保障局
    R("遵义市", ZY, in_org=True),                     # 遵义市总工会
    D("2025年5月", "2025-05"),
    DR("2025年6月1日至6月30日", "2025-06-01", "2025-06-30"),
    P("80%以上", 0.8, qualifier="min"),               # 答对80%以上题目
    # 一、二、三、 and the question numbers 1.…16.: list numbers (none touches a number)
    R("贵州省", GZ),                                  # 1.贵州省2026年度…缴费标准: a place before a topic
    D("2026年度", "2026"),
    # 每人每年( ): the blank has no amount
    M("380元", 380), M("400元", 400), M("420元", 420), M("450元", 450),   # options A、–D、: letters as labels
    DR("每年1月1日至3月31日", "--01-01", "--03-31", recurring="yearly"),
    DR("每年9月1日至12月31日", "--09-01", "--12-31", recurring="yearly"),
    DR("每年7月1日至9月30日", "--07-01", "--09-30", recurring="yearly"),
    # D.全年任意时间: nothing
    T("1个月", 1, "month"),                           # digit 1, no lone 一 (set 1 call 13)
    T("3个月", 3, "month"), T("6个月", 6, "month"), T("12个月", 12, "month"),
    T("30天", 30, "day"), T("60天", 60, "day"), T("90天", 90, "day"), T("180天", 180, "day"),
    T("25年", 25, "year"), T("20年", 20, "year"),    # A.25年,20年: years below 1900 are durations
    T("30年", 30, "year"), T("25年", 25, "year"),
    T("20年", 20, "year"), T("15年", 15, "year"),
    T("15年", 15, "year"), T("10年", 10, "year"),
    P("50%", 0.5), P("六成", 0.6), P("百分之七十", 0.7), P("90%", 0.9),
    PH("12333"), PH("12345"), PH("12393"), m("phone", "12366", "12366", kind="service"),   # 12366: a short service number (set 18 call 1)
    # 8.门诊慢特病认定结果 (and 第8题:认定结果 below): 定结 is no place (set 7)
    T("半年", 0.5, "year"), T("1年", 1, "year"), T("2年", 2, "year"),   # D.长期有效: nothing
    T("3个月", 3, "month"), T("6个月", 6, "month"), T("1年", 1, "year"),
    R("遵义市", ZY, in_org=True),                     # 10.遵义市医疗保障局的官方网站
    U("www.zunyi-yb.example.gov.cn"), U("www.zunyi-ybj.example.com"), U("www.gzyb.example.net"),
    # D.以上都不是: 以上 qualifies nothing
    R("遵义市", ZY),                                  # 11.下列属于遵义市辖区内…: plain
    R("红花岗区", HHG), R("汇川区", HC), R("仁怀市", RH), R("赤水市", CS),
    R("贵州", GZ, in_org=True),                       # “贵州医保”APP
    R("贵州", GZ, in_org=True),                       # “贵州税务”微信公众号
    # 村(社区)代收点: nothing
    # 一级及以下定点医疗机构: a hospital level (及以下 qualifies nothing here)
    P("不低于50%", 0.5, qualifier="min"),
    T("15日", 15, "day"),                             # 15.参保人因同一疾病在15日内: 内 outside; 只收一次: lone 一
    # 参考答案:1.B 2.B … 11.ABCD … 16.×: answer keys, list numbers
    # 第1题, 第8题, 第11题, 第16题: ordinals
    D("2026年度", "2026"),
    R("贵州省", GZ),
    M("每年400元", 400, period="year"),
    M("每年不低于710元", 710, period="year", qualifier="min"),
    T("2年", 2, "year"),
    T("30个工作日", 30, "workday"),                   # 有效期满前30个工作日内
    R("遵义市", ZY),
    C("3个", 3, "item"), C("7个", 7, "item"), C("2个", 2, "item"), C("2个", 2, "item"),
    R("遵义县", BZ, renamed_from="遵义县"),           # 原遵义县: former name (former_names.tsv, until 2015)
    D("2016年", "2016"),
    R("播州区", BZ),
    T("3至12个月", (3, 12), "month"),                 # one range with one unit, like 1到3个月
    PH("12393"),
]
