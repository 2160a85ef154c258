from gold_lib import *

YZ, HN = "431100", "430000"
SPEC = [
    # title: three issuing organisations
    R("永州市", YZ, in_org=True), R("永州市", YZ, in_org=True), R("永州市", YZ, in_org=True),
    D("2024年度", "2024"),
    D("2023-09-05", "2023-09-05"),                 # 16:42 is a time of day
    R("永州市", YZ, in_org=True),                  # 信息来源:永州市医疗保障局
    # 永医保发〔2023〕12号: document number, nothing
    R("湖南省", HN, in_org=True, in_title=True),
    D("2024年度", "2024"),
    # 湘医保发〔2023〕38号, 第十二条: nothing
    R("永州市", YZ, in_title=True),
    D("2024年度", "2024"),
    R("北京", "110000"), R("上海", "310000"), R("广东", "440000"),
    D("2024年度", "2024"),
    M("每年380元", 380, period="year"),
    M("30元", 30),
    M("每年不低于640元", 640, period="year", qualifier="min"),
    DR("2023年9月1日至12月31日", "2023-09-01", "2023-12-31"),
    D("2024年1月1日起", "2024-01-01", qualifier="from"),
    DR("每年1月1日至12月31日", "--01-01", "--12-31", recurring="yearly"),
    T("90天", 90, "day"),
    T("90天", 90, "day"),
    T("3个月", 3, "month"),
    P("百分之七十", 0.7),
    P("50%", 0.5),
    M("最高266元", 266, qualifier="max"),
    P("55%", 0.55),
    M("200元", 200),                                # 年度最高支付限额200元: 最高 does not touch
    M("200元", 200), M("500元", 500), M("1000元", 1000),
    P("85%", 0.85), P("70%", 0.7), P("55%", 0.55),
    # 第2次: ordinal, nothing
    R("永州市", YZ, in_org=True),                  # 永州市中心医院 (三级甲等: grade, nothing)
    M("1200元", 1200),
    M("1.5万元", 15000), M("1.5万元", 15000), M("10万元", 100000),
    P("60%", 0.6),
    M("10万元以上", 100000, qualifier="min"),
    P("70%", 0.7),
    M("40万元", 400000),
    T("4年", 4, "year"), T("1年", 1, "year"),
    M("1000元", 1000),
    M("不超过5000元", 5000, qualifier="max"),
    R("湖南", HN, in_org=True),                    # “湖南税务”APP
    R("永州", YZ, in_org=True),                    # “永州医保”微信公众号
    R("长沙", "430100", in_org=True),              # 长沙银行
    C("11个", 11, "item"), C("3260个", 3260, "item"),
    D("2024年度", "2024"),
    P("95%以上", 0.95, qualifier="min"),
    R("零陵区", "431102"), R("冷水滩区", "431103"), R("祁阳市", "431181"),
    C("10人以上", 10, "person", qualifier="min"),
    D("2023年11月底前", "2023-11", qualifier="until"),
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    PH("0746-8223675"), PH("12345"), PH("12393"),
    # 8:30-12:00, 14:30-17:30: times of day
    E("yzybjdbk@163.com"),
    R("永州市冷水滩区", "431103"),                # 零陵北路88号 (road), 425000 (postcode): nothing
    D("2024年度", "2024", _nb=True),                # 附件:1.2024年度 (1. is a list number)
    R("永州市", YZ, in_org=True), R("永州市", YZ, in_org=True), R("永州市", YZ, in_org=True),
    D("二〇二三年九月一日", "2023-09-01"),
]
