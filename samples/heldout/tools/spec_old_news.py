from gold_lib import *

NX, CS = "430182", "430100"      # 宁乡县 -> 宁乡市 (former_names.tsv), 长沙市
SPEC = [
    R("宁乡县", NX, renamed_from="宁乡县"),        # before a programme (新农合): not in_org
    P("75%", 0.75),
    D("2014-03-18", "2014-03-18"),                 # 09:32:16: time of day
    R("长沙", CS, in_org=True),                     # 长沙晚报
    D("3月17日", "--03-17"),
    R("宁乡县", NX, in_org=True, renamed_from="宁乡县"),   # 宁乡县卫生局
    D("2014年1月1日起", "2014-01-01", qualifier="from"),
    R("宁乡县", NX, renamed_from="宁乡县"),        # 宁乡县新型农村合作医疗 (合作: not a place)
    D("2013年", "2013"),
    M("350元", 350), M("410元", 410), M("320元", 320), M("90元", 90),
    C("108.6万人", 1086000, "person"),
    P("98.7%", 0.987),
    T("5年", 5, "year"),
    P("95%以上", 0.95, qualifier="min"),
    # 三大变化, 一是: nothing
    P("80%", 0.8), P("85%", 0.85), P("70%", 0.7), P("75%", 0.75), P("45%", 0.45), P("50%", 0.5),
    P("5个百分点", 0.05, points=True),
    M("100元", 100), M("300元", 300), M("800元", 800),
    P("七成以上", 0.7, qualifier="min"),
    M("12万元", 120000), M("15万元", 150000),
    C("20种", 20, "kind"),
    P("70%左右", 0.7, qualifier="approx"),
    # 一名患者: lone determiner
    M("3万~5万元", (30000, 50000)),
    D("2013年", "2013"),
    M("3.26亿元", 326000000),
    C("56.8万人次", 568000, "person"),
    C("6.2万人次", 62000, "person"),
    M("2150元左右", 2150, qualifier="approx"),
    R("宁乡县", NX, renamed_from="宁乡县"),
    R("长沙市", CS),                                # 长沙市新农合即时结报工作: a programme, not in_org
    C("496家", 496, "institution"),
    T("30天", 30, "day"),
    T("15个工作日", 15, "workday"),
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    C("1次", 1, "time"),
    R("长沙", CS), R("湘潭", "430300"),
    T("3日", 3, "day"),
    D("2015年度", "2015"),
    DR("9月1日至12月31日", "--09-01", "--12-31"),
    PH("0731-87822345", city="长沙市"),
    PH("87823120", city="长沙市", inferred_code="0731"),
    R("宁乡县", NX, in_org=True, renamed_from="宁乡县"),   # 宁乡县卫生信息网
    U("www.nxwsj.gov.cn"),
]
