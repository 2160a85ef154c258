from gold_lib import *

SC, CD, MY, DY, GY, AB = "510000", "510100", "510700", "510600", "510800", "513200"
# 四川省, 成都市, 绵阳市, 德阳市, 广元市, 阿坝藏族羌族自治州
BC, WC = "510726", "513221"                         # 北川羌族自治县 (北川县 before 2003, still common in 2008), 汶川县
SPEC = [
    # <head> (<title>, <meta charset=gb2312>, <style>) is no visible text
    # breadcrumb in a <table> (not div.breadcrumb): visible text
    R("四川", SC),                                  # 四川新闻: a site's column, a place before a topic
    # 抗震救灾: nothing; 省财政厅省卫生厅: 省 alone, no place
    M("3.2亿元", 320000000),                        # headline, full-width ３.２亿元 → 3.2亿元 after NFKC
    D("2008年06月18日", "2008-06-18"),              # full-width digits; 10:25 a time
    R("四川", SC, in_org=True),                     # 来源:四川日报 (a newspaper, set 1 call 7)
    D("6月17日", "--06-17"),
    R("汶川", WC),                                  # 汶川地震: the earthquake is named after the county (its epicentre):
                                                    # a place before a topic, not in_org (README call 5)
    M("3.2亿元", 320000000),
    R("北川县", BC, renamed_from="北川县"),         # former name (former_names.tsv: 北川县 → 北川羌族自治县, same code)
    R("汶川县", WC),
    R("青川县", "510822"),
    R("茂县", "513223"),                            # one character + 县
    R("绵竹市", "510683"),
    R("什邡市", "510682"),
    R("都江堰市", "510181"),
    R("安县", "510705", renamed_from="安县"),       # 安县 → 安州区 (2016), former_names.tsv
    # 重灾区: no place
    D("6月16日", "--06-16"),                        # 截至6月16日12时: 截至 outside; 12时 a time of day
    # 我省: no place
    C("36.4万人", 364000, "person"),
    C("9.6万人", 96000, "person"),
    C("7.4万人", 74000, "person"),
    # 省外: no place
    C("10015人", 10015, "person"),
    R("重庆", "500000"),                            # a municipality: province level
    R("广东", "440000"),
    R("湖南", "430000"),
    R("江苏", "320000"),
    C("20个", 20, "item"),                          # 20个省(区、市): (区、市) nothing
    # 全省: no place
    C("1.2万张", 12000, "piece"),                   # 临时病床1.2万张: 张 a piece classifier
    T("21天", 21, "day"),                           # 平均住院21天
    R("绵阳市", MY),
    M("1.15亿元", 115000000),
    R("德阳市", DY),
    M("0.86亿元", 86000000),
    R("阿坝州", AB),                                # the prefecture's everyday name with 州 (set 2 call 3, 恩施州); not 阿坝县
    M("0.74亿元", 74000000),
    R("成都市", CD),
    M("0.3亿元", 30000000),
    R("广元市", GY),
    M("0.15亿元", 15000000),
    # 先救治、后结算; 全额 (no percent); 新型农村合作医疗: 合作 no place
    P("不低于60%", 0.6, qualifier="min"),
    T("3个月", 3, "month"),                         # 出院后3个月内: 内 outside
    D("2008年12月31日", "2008-12-31"),              # 执行至…: 至 a preposition (set 1 call 15)
    D("5月12日", "--05-12"),                        # 5月12日地震发生以来: 以来 does not touch the date
    C("2.8万人次", 28000, "person"),
    # 卫生部, 各省(区、市): nothing
    R("四川", SC),                                  # 支援四川的医疗队
    C("186支", 186, "piece"),                       # 医疗队已达186支: 支 is listed under piece (README call 6); 达 no qualifier
    M("20亿元", 2000000000),                        # 中央财政 …: 中央 no place
    R("四川省", SC),
    M("15.6亿元", 1560000000),
    R("北川县", BC, renamed_from="北川县", in_org=True),   # 北川县人民医院
    R("绵阳市", MY, in_org=True),                   # 绵阳市九洲体育馆: a facility's name
    C("约300人次", 300, "person", qualifier="approx"),     # 每天接诊…: 每天 is no period of a count
    PH("028-86136627"),                             # 省卫生厅救治协调办公室 (省 alone)
    R("绵阳市", MY, in_org=True),                   # 绵阳市卫生局
    PH("0816-2240120"),
    # (责任编辑:张某): nothing
    R("四川", SC, in_org=True),                     # footer table (visible, set 8 call 5): 四川日报报业集团
    # 蜀ICP备05003362号: a registration number; 蜀: one character
    R("成都市", CD),                                # 地址:成都市红星路二段70号: 红星路 a street, 二段, 70号 nothing; 邮编 610012 a postcode
]
