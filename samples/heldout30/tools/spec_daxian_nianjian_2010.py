from gold_lib import *

DX, DZ, SC = "511703", "511700", "510000"       # 达县 (→ 达川区, 2013), 达州市, 四川省
RN = dict(renamed_from="达县")
SPEC = [
    # 新型农村合作医疗 (×3): 合作 is no place
    R("达县", DX, **RN),                                 # breadcrumb 达县年鉴(2010): the yearbook's name without 《》 (set 11 call 6: plain); (2010) a bare year
    R("达县", DX, in_org=True, **RN),                    # 达县年鉴编纂委员会
    R("四川省达县", DX, in_org=True, **RN),              # 四川省达县地方志办公室: a chain, one mention at the county
    U("www.example.gov.cn/dxnj/2010/ws/"),
    # 【概况】…: headings
    D("2009年", "2009"),
    R("达县", DX, **RN),
    # 第四年: an ordinal
    C("103.62万人", 1036200, "person"),
    P("92.15%", 0.9215),
    P("3.2个百分点", 0.032, points=True),
    M("每年100元", 100, period="year"),
    # 中央、省、市、县四级财政: 四级 no count
    M("80元", 80),
    M("20元", 20),
    M("1.04亿元", 104000000),
    DR("2005—2009年", "2005", "2009"),                    # em dash (set 3 call 1)
    M("3.16亿元", 316000000),
    M("2.87亿元", 287000000),
    C("6.83万人次", 68300, "person"),
    M("7215.6万元", 72156000),
    P("38.6%", 0.386),
    M("1056元", 1056),                                   # 次均住院补偿: no period
    T("9.6天", 9.6, "day"),
    M("最高3万元", 30000, qualifier="max"),              # 单笔补偿最高3万元 (单笔 is not a list word)
    # 石桥镇: a town
    C("6.12万人次", 61200, "person"),
    P("89.6%", 0.896),
    R("达州市", DZ, in_org=True),                        # 达州市中心医院 (a hospital's name; not 中心城区)
    C("0.71万人次", 7100, "person"),
    M("每年20元", 20, period="year"),
    C("41.2万人次", 412000, "person"),
    M("1306万元", 13060000),
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    M("1元", 1),                                         # 每次减免挂号费1元: 每次 does not touch (减免挂号费 between)
    D("2009年7月起", "2009-07", qualifier="from"),
    R("达县", DX, **RN),
    R("达州市", DZ),                                     # 在达州市率先: the place, plain
    M("每年10元", 10, period="year"),                    # 按每人每年10元划出
    M("超过3万元", 30000, qualifier="min"),
    P("50%", 0.5),
    M("5万元", 50000),                                   # 最高补偿5万元: 补偿 between
    C("126人", 126, "person"),
    M("286.4万元", 2864000),
    C("68家", 68, "institution"),
    C("4家", 4, "institution"),
    C("58家", 58, "institution"),
    C("6家", 6, "institution"),
    C("2次", 2, "time"),
    C("3家", 3, "institution"),
    M("12.6万元", 126000),
    C("2家", 2, "institution"),
    T("6个月", 6, "month"),
    # 【大事记】: yearless dates of the yearbook's year, as written (set 1 call 9)
    D("3月12日", "--03-12"),
    R("达州市", DZ, in_org=True),                        # 达州市卫生局
    R("达县", DX, **RN),                                 # 在达县召开
    D("5月", "--05"),
    R("达县", DX, in_org=True, **RN),                    # 达县人民医院
    R("达县", DX, in_org=True, **RN),                    # 达县中医院
    D("7月1日", "--07-01"),
    DR("11月25日至28日", "--11-25", "--11-28"),
    R("四川省", SC, in_org=True),                        # 四川省卫生厅检查组
    R("达县", DX, **RN),
    D("12月", "--12"),
    D("2010年度", "2010"),
    P("93%以上", 0.93, qualifier="min"),
]
