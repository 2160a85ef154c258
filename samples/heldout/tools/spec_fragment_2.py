from gold_lib import *

CS = "430100"
SPEC = [
    R("长沙市", CS, in_org=True),                   # 长沙市医疗保障局关于…的公告 (heading, not in 《》)
    R("湖南省", "430000", in_org=True, in_title=True),
    D("2024年4月1日起", "2024-04-01", qualifier="from"),    # 自<span>2024年4月1日</span>起
    C("37种", 37, "kind"), C("44种", 44, "kind"),
    C("三类", 3, "kind"),                           # 分为三类管理 (第一类/第二类/第三类 are ordinals)
    P("70%", 0.7),
    M("最高5万元", 50000, qualifier="max"),
    M("200元", 200), P("60%", 0.6),
    M("1500-3000元", (1500, 3000)),
    M("200元", 200), P("60%", 0.6),
    M("每年1000元", 1000, period="year"),
    D("2024年3月31日前", "2024-03-31", qualifier="until"),
    D("2024年12月31日", "2024-12-31"),              # 延续至…: 至 is a preposition here, not a range
    C("2种及以上", 2, "kind", qualifier="min"),     # 及以上 is on the shared qualifier list
    M("1000元", 1000),
    R("长沙", CS, in_org=True),                     # “长沙医保”微信公众号
    R("长沙市", CS),                                # 长沙市内任一…医院
    T("15个工作日", 15, "workday"),
    R("芙蓉区", "430102"), R("天心区", "430103"), R("岳麓区", "430104"), R("开福区", "430105"),
    R("雨花区", "430111"), R("望城区", "430112"), R("长沙县", "430121"), R("浏阳市", "430181"),
    R("宁乡市", "430182"),
    P("5个百分点", 0.05, points=True), P("10个百分点", 0.1, points=True),
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    R("长沙市", CS, in_title=True),
    PH("0731-88668123", city="长沙市"),
    # 8:30-12:00, 14:30-17:30: times of day
    PH("12345"),
    E("csybjdyk@163.com"),
    R("长沙市", CS, in_org=True),
    D("2024年3月15日", "2024-03-15"),
]
