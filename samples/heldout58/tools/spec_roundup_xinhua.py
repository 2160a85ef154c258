from gold_lib import *

# A national 异地就医 roundup, datelined 北京. Ambiguous district names are settled by the city or
# province the sentence is about (README calls 1-4).
SPEC = [
    T("10个月", 10, "month"),                       # 前10个月: the first ten months
    C("超过1.8亿人次", 180000000, "person", qualifier="min"),   # 超过 is on the shared list
    # 新华社: 新华 (新华区's short name, three of them) is part of the agency's name: no place
    R("北京", "110000"),                            # dateline 新华社北京…电: a plain place
    D("11月24日", "--11-24"),
    D("24日", "---24"),                             # 记者24日从…获悉: a day of the dateline's month
    DR("2026年1月至10月", "2026-01", "2026-10"),
    C("1.83亿人次", 183000000, "person"),
    P("26.4%", 0.264),
    M("1520.6亿元", 152060000000),
    D("10月底", "--10", qualifier="approx"),        # 截至10月底: 截至 is a preposition
    C("64.7万家", 647000, "institution"),
    C("11.2万家", 112000, "institution"),
    R("广东", "440000"), R("江苏", "320000"), R("浙江", "330000"),
    # 三省: 省 is no classifier; 超过1000万: no unit after 万, nothing
    R("广东省", "440000"),
    T("10个月", 10, "month"),
    C("1526万人次", 15260000, "person"),
    M("126.8亿元", 12680000000),
    # 中山大学附属第一医院: 中山 (中山市) is part of the university's name (Sun Yat-sen), no place;
    # 一家: lone determiner 一
    C("41.5万人次", 415000, "person"),
    R("江苏省", "320000"),
    C("1318万人次", 13180000, "person"),
    P("71.3%", 0.713),
    R("上海市普陀区", "310107"),                    # chain: 上海's 普陀区, not 舟山's
    R("长宁区", "310105"),                          # listed after 上海市普陀区: 上海's (长宁县 is 宜宾's)
    R("宝山区", "310113"),                          # 上海's, not 双鸭山's
    # 中心城区: 城区 (a district's name in 山西 and 广东) is a common word here
    R("长宁区", "310105"),
    # 一家三甲医院: lone 一, a grade; 最高 does not touch 2300
    C("2300余人次", 2300, "person", qualifier="min"),
    R("北京市", "110000", in_org=True),             # 北京市医保局
    R("朝阳区", "110105"),                          # named by 北京市医保局: 北京's, not 长春's
    R("海淀区", "110108"),
    R("通州区", "110112"),                          # 北京's, not 南通's
    C("5种", 5, "kind"),
    R("辽宁朝阳", "211300"),                        # province + short name: the city 朝阳市 (city over county)
    R("吉林长春", "220100"),
    R("北京", "110000"),
    T("5个工作日", 5, "workday"),
    R("重庆市江北区", "500105", in_org=True),       # 重庆市江北区医保局
    R("四川", "510000"), R("贵州", "520000"),
    # 两省: no classifier; 川渝黔: one-character abbreviations, no places
    C("4.6万件", 46000, "item"),
    R("宁波市江北区", "330205"),
    C("8个", 8, "item"),                            # 全区8个街道 (全区: no place)
    # "浙里办": 浙 is a one-character abbreviation
    T("10分钟", 10, "minute"),                      # 最快 is not a qualifier word
    PH("0574-87651234"),
    R("甘肃兰州市城关区", "620102"),
    R("西藏拉萨市城关区", "540102"),
    C("两个", 2, "item"),
    # "城关区" in quotes: the name as a word, standing for both districts at once: no mention (call 2)
    C("3.2万人次", 32000, "person"),
    R("拉萨", "540100"),                            # 内地: no place
    P("约8个百分点", 0.08, points=True, qualifier="approx"),
    R("河北", "130000"), R("河南", "410000"), R("湖南", "430000"), R("四川", "510000"),
    P("75%以上", 0.75, qualifier="min"),
    R("海南省", "460000"),
    D("每年11月1日起", "--11-01", recurring="yearly", qualifier="from"),
    R("三亚", "460200"), R("海口", "460100"),       # 两市: no classifier
    T("10个月", 10, "month"),
    C("46.3万人次", 463000, "person"),
    M("2860元左右", 2860, qualifier="approx"),
    R("新疆维吾尔自治区", "650000"),
    R("乌鲁木齐市", "650100"),
    R("喀什地区", "653100"),                        # 地区 is part of the unit's name in divisions.tsv
    C("12个", 12, "item"),
    # "互联网+医保"是…朝阳领域: 朝阳 = "rising", a common word here, no place (call 3)
    D("2027年底前", "2027", qualifier="until"),     # 底前 is an until word
    C("1家", 1, "institution"),                     # 至少有1家: 有 stands between, no qualifier
    PH("12393"),
    U("https://fuwu.nhsa.example.gov.cn"),
]
