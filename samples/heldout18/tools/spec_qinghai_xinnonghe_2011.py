from gold_lib import *

QH, XN, YS = "630000", "630100", "632700"           # 青海省, 西宁市, 玉树藏族自治州
SPEC = [
    # the page is full-width; these are the NFKC forms
    R("青海", QH, in_org=True),                     # masthead 青海日报: a newspaper's name (set 15: 桂林日报)
    D("2011年3月15日", "2011-03-15"),               # 星期二: nothing; 第3版: a page number, nothing
    M("每年250元", 250, period="year"),             # headline 每人每年250元 (set 1 call 2: 每年 touches)
    # 我省, 藏区: no places
    R("西宁", XN),                                  # dateline 本报西宁3月14日讯: a plain place (set 2 call 5)
    D("3月14日", "--03-14"),
    # (记者 王某 通讯员 李某): people; 省卫生厅: no place
    D("2011年", "2011"),
    # 新型农村合作医疗: 合作 no place
    M("150元", 150),
    M("250元", 250),
    M("200元", 200),
    M("50元", 50),
    D("2月底", "--02", qualifier="approx"),         # 截至2月底: 截至 outside
    C("372.6万人", 3726000, "person"),
    P("96.8%", 0.968),
    P("1.2个百分点", 0.012, points=True),           # 比上年: no date
    # 今年起: no number, no date
    P("70%左右", 0.7, qualifier="approx"),
    M("5万元", 50000),                              # 最高支付限额由5万元: 最高 does not touch
    M("6万元", 60000),
    # 乡镇卫生院, 县级医院, 州(地、市)级以上医院: hospital levels
    M("100元", 100),
    P("85%", 0.85),
    M("300元", 300),
    P("75%", 0.75),
    M("600元", 600),
    P("60%", 0.6),
    R("海东", "630200"),                            # 海东地区: 地区 not part of it; 海东地区 (2011) became 海东市 in 2013 and
                                                    # is not in former_names.tsv; the short name is today's city (call 5)
    R("乐都县", "630202", renamed_from="乐都县"),   # → 乐都区 (2013)
    R("平安县", "630203", renamed_from="平安县"),   # → 平安区 (2015)
    C("6个", 6, "item"),                            # 6个县
    M("每年40元", 40, period="year"),               # 每人每年40元
    R("玉树", YS),                                  # 玉树地震灾区: a short name of a city (州) and a county: the city
    D("2011年", "2011"),
    R("玉树县", "632701", renamed_from="玉树县"),   # → 玉树市 (2013)
    P("10个百分点", 0.1, points=True),
    M("500元", 500),                                # 每例补助500元: 每例 no period word (例), 补助 between anyway
    D("2010年以来", "2010", qualifier="from"),
    R("北京", "110000"),                            # six provinces and municipalities (short names)
    R("上海", "310000"),
    R("天津", "120000"),
    R("江苏", "320000"),
    R("浙江", "330000"),
    R("山东", "370000"),
    # 6省市: 省市 no classifier, no count
    C("6个", 6, "item"),                            # 我省6个藏族自治州
    C("1260人次", 1260, "person"),
    C("43所", 43, "institution"),
    # 首批: an ordinal
    C("198名", 198, "person"),
    D("3月上旬", "--03", qualifier="approx"),
    T("1至3年", (1, 3), "year"),                    # 服务期为1至3年: a range with one unit
    R("北京", "110000"),                            # 北京援建的…
    R("玉树藏族自治州", YS, in_org=True),           # 玉树藏族自治州人民医院
    D("2011年10月底前", "2011-10", qualifier="until"),   # 底前 is an until word
    R("同仁县", "632301", in_org=True, renamed_from="同仁县"),   # 同仁县人民医院; → 同仁市 (2020)
    C("220张", 220, "piece"),                       # 新建住院楼 (新建: a verb, no place); 床位达到220张
    D("3月1日起", "--03-01", qualifier="from"),
    # 省卫生厅, 牧区, "看病远、看病贵": nothing
    D("2011年底", "2011", qualifier="approx"),
    P("超过80%", 0.8, qualifier="min"),
    R("西宁市", XN, in_org=True),                   # 西宁市第一人民医院 (第一: part of the name)
    C("12家", 12, "institution"),
    # 省、市级医院: levels
    C("24家", 24, "institution"),
    T("不少于3个月", 3, "month", qualifier="min"),  # 每年派驻医生不少于3个月: 每年 is a period word for money only
    PH("0971-8257316"),                             # a 7-digit local number after 西宁's 0971
    # (省新农合管理中心), (编辑 李某): nothing
]
