from gold_lib import *

CZ, SX = "140400", "140000"                         # 长治市, 山西省
SPEC = [
    R("长治市", CZ),                                # headline: a place before a topic (长治市城乡居民医保整合工作)
    # 明年起: a relative year, no number: no date
    D("2017-09-14", "2017-09-14"),                  # 08:12: a time of day
    R("长治", CZ, in_org=True),                     # 来源:长治日报: a newspaper (set 1 call 7); 王某, 李某: people
    D("9月13日", "--09-13"),                        # 本报讯 9月13日
    # 全市, 我市: no place
    R("山西省", SX, in_title=True, in_org=True),    # 《山西省人民政府关于…》 (set 1 call 6)
    # 新型农村合作医疗: 合作 is a common word, no place
    D("2018年1月1日起", "2018-01-01", qualifier="from"),
    D("2016年", "2016"),
    C("263.8万人", 2638000, "person"),
    P("98.6%", 0.986),
    C("41.2万人", 412000, "person"),
    # 两项制度: 两 + classifier is a count (set 2 call 16: 上述两项)
    C("两项", 2, "item"),
    # 全年, 较上年, 比上年: no date
    M("15.36亿元", 1536000000),                     # 共计15.36亿元: 共计 is no qualifier
    P("8.9%", 0.089),
    M("12.1亿元", 1210000000),
    C("42.7万人次", 427000, "person"),
    P("75%", 0.75),
    P("3个百分点", 0.03, points=True),
    D("2018年", "2018"),
    M("每年180元", 180, period="year"),             # 每人每年180元 (set 1 call 2)
    M("每年不低于490元", 490, period="year", qualifier="min"),   # set 1 call 3
    # 一级医院, 二级医院, 三级医院: hospital levels
    M("200元", 200),
    M("500元", 500),
    M("1000元", 1000),
    M("15万元", 150000),                            # 由原来的15万元提高到20万元: two amounts, no qualifier
    M("20万元", 200000),
    # 市人社局: no place name
    R("长治县", "140404", renamed_from="长治县"),   # 2017 page: today's 上党区 (renamed 2018)
    R("屯留县", "140405", renamed_from="屯留县"),   # today's 屯留区
    R("潞城市", "140406", renamed_from="潞城市"),   # today's 潞城区
    R("襄垣县", "140423"),
    # 今年上半年: the name of a period (set 3 call 2), no duration 半年
    P("5个百分点", 0.05, points=True),
    R("长治县", "140404", renamed_from="长治县"),
    C("2.3万名", 23000, "person"),
    M("1.48亿元", 148000000),
    R("武乡县", "140429"),
    C("17家", 17, "institution"),
    C("13个", 13, "item"),                          # 全市13个县(市、区): 个 touches 13
    D("2017年12月底前", "2017-12", qualifier="until"),   # 底前 is an until word of the guidelines
    PH("0355-2185613"),
    PH("12333"),
    # (责任编辑:赵某): a person
]
