from gold_lib import *

TD, HZ = "431230", "431200"                     # 通道侗族自治县, 怀化市
SPEC = [
    R("通道", TD),                              # title: 通道开"绿色通道": the county's short name as the subject (call 5)
    # "绿色通道": a word (green channel)
    R("合作市", "623001"),                      # title: 合作市推进…
    R("湖南怀化", HZ),                          # 【湖南怀化】: a chain
    R("通道侗族自治县", TD, in_org=True),       # 通道侗族自治县医保局
    C("1.2万名", 12000, "person"),
    # 开通住院"绿色通道": the word again
    R("通道县", TD),                            # 通道县城乡居民: short name + 县 (the official name is 通道侗族自治县)
    P("85%", 0.85),
    PH("0745-8623517"),
    R("甘肃甘南", "623000"),                    # the 州 of 甘肃, not 甘南县 (齐齐哈尔): the chain settles it
    R("合作市", "623001", in_org=True),         # 合作市医保局
    # 与市人民医院合作: 合作 is a verb here (cooperate), not 合作市 (call 5)
    # 医疗资源: a word, not 资源县
    D("2025年", "2025"),
    C("200名", 200, "person"),
    # 新型农村合作医疗: 合作 a word
    M("25万元", 250000),                        # 年度最高支付限额提高到25万元: 最高 does not touch
    R("广西桂林", "450300"),
    R("资源县", "450329"),                      # 资源县整合…: the county
    # 县域医疗资源: a word
    R("资源县", "450329", in_org=True),         # 资源县人民医院
    D("2025年3月1日起", "2025-03-01", qualifier="from"),
    M("300元", 300),
    R("甘肃定西", "621100"),
    R("安定区", "621102", in_org=True),         # 安定区医保局
    # 医保基金平稳运行: 金平 (金平县, 云南) read across 基金 and 平稳: no place
    # 社会安定: a word (stability), not 安定区 (call 5)
    D("2025年6月底", "2025-06", qualifier="approx"),   # 截至2025年6月底: 截至 is a preposition
    M("3.8亿元", 380000000),
    T("9个月", 9, "month"),
    R("海南", "460000"),
    R("东方市", "469007"),
    # 东方红社区, 和平社区: 东方 and 和平 inside communities' names (parts of longer names), not 东方市 / 和平区 (call 6)
    M("380元", 380),                            # 每人每年缴费380元: 缴费 stands between 每年 and the amount
    T("70岁以上", 70, "year", age=True, qualifier="min"),
    R("山西临汾", "141000"),
    R("永和县", "141032"),
    # "永和豆浆杯": 永和 inside a brand's name (永和豆浆), not 永和县 (call 6)
    R("临汾市", "141000", in_org=True),         # 临汾市医保局
    D("2025年度", "2025"),
    DR("2024年9月1日至12月31日", "2024-09-01", "2024-12-31"),
    R("江西南昌", "360100"),
    R("新建区", "360112"),                      # 新建区新建3家: the district, then the verb 新建 (build) (call 5)
    C("3家", 3, "institution"),
    # 经济技术开发区: a development zone, no unit of divisions.tsv
    R("黑龙江齐齐哈尔", "230200"),
    R("龙江县", "230221", in_org=True),         # 龙江县医保局
    # 龙江银行: 龙江 is 黑龙江's byname here (a provincial bank), not 龙江县: not annotated (call 6)
    R("陕西西安", "610100"),
    R("长安区", "610116", in_org=True),         # 长安区医保局 (西安's, not 石家庄's: the chain before settles it)
    # 长安大学: 长安 is the old name of 西安 inside a university's name, not 长安区 (call 6)
    P("98.5%", 0.985),
    R("广西南宁", "450100"),
    R("江南区", "450105"),
    R("江南", "450105", in_org=True),           # "江南医保驿站": the district's short name in a facility's name (call 6)
    C("15个", 15, "item"),
    # 不超过2公里: kilometres are no unit of any type
]
