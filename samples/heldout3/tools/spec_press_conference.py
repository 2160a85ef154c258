from gold_lib import *

JX = "360000"                                       # 江西省
SPEC = [
    R("江西省", JX, in_org=True),                   # title: 江西省医疗保障局…新闻发布会
    D("2024年", "2024"),                            # 2024年第三场: a year (年第N场 is no document number); 第三场 an ordinal
    D("2024年9月26日", "2024-09-26"),               # (星期四); 上午10:00 a time of day
    R("江西省", JX, in_org=True),                   # 地点: …五楼会议室 (五楼: no classifier)
    # 第五批: an ordinal
    R("江西省", JX, in_org=True),                   # 发布人 lines; the people's names are invented
    R("江西省", JX, in_org=True),
    R("江西省", JX, in_org=True),                   # 主持人 line
    R("江西省", JX, in_org=True),
    D("2024年", "2024"),                            # 2024年第三场 again
    D("2024年", "2024"),
    # 我省: no name.  The alliance list, joined by 、: nine provinces, not in_org
    R("江西", JX), R("河南", "410000"), R("湖北", "420000"), R("湖南", "430000"),
    R("广西", "450000"), R("贵州", "520000"), R("海南", "460000"), R("山西", "140000"),
    R("福建", "350000"),
    # 9省(区): 省 is no classifier, so no count; 覆盖人口约3.6亿: no unit, nothing
    C("39个", 39, "item"),                          # 39个品种
    C("217家", 217, "institution"),
    C("435个", 435, "item"),
    C("136家", 136, "institution"),
    C("198个", 198, "item"),
    P("45.5%", 0.455),
    P("53%", 0.53),
    P("95%", 0.95),                                 # 最高降幅95%: 降幅 stands between, no qualifier
    M("1.86元", 1.86),                              # 由每片1.86元降至0.21元: 每片 is no period word
    M("0.21元", 0.21),
    # 一种常用抗生素: lone 一
    M("46.5元", 46.5),                              # 每支价格从46.5元: 每支 is no period word, and does not touch
    M("9.8元", 9.8),
    M("约42.6亿元", 4260000000, qualifier="approx"),   # 每年可节约药品费用约42.6亿元: 每年 does not touch
    M("约4.8亿元", 480000000, qualifier="approx"),     # 每年可节约约4.8亿元: the second 约 touches
    T("2年", 2, "year"),                            # 采购周期为2年
    D("2024年11月1日起", "2024-11-01", qualifier="from"),   # …起执行至2026年10月31日: not one range
    D("2026年10月31日", "2026-10-31"),              # (执行 stands between; 至 is a preposition)
    P("70%", 0.7),                                  # 不低于上一年度实际使用量的70%: 不低于 does not touch; 上一年度: lone 一
    T("12个月", 12, "month"),                       # 执行后12个月内 (内 is no qualifier)
    R("江西", JX, in_org=True),                     # 【江西日报记者】: a newspaper
    D("2024年11月1日起", "2024-11-01", qualifier="from"),
    # 医保定点: 保定 is no place; 一名高血压患者: lone 一
    M("约680元", 680, qualifier="approx"),          # 每年药费可由原来的约680元: 每年 does not touch
    M("120元左右", 120, qualifier="approx"),
    # 执行首月内: no number
    T("3个月", 3, "month"),
    P("不少于30%", 0.3, qualifier="min"),           # 不少于 is on the shared list
    R("江西", JX, in_org=True),                     # 【中国江西网记者】: a news site
    R("江西省", JX, in_org=True),                   # 江西省药品监督管理局
    P("100%", 1),
    # 每季度至少抽检一次: lone 一; 一旦: no
    T("2年", 2, "year"),                            # 2年内
    P("20%", 0.2),
    R("南昌", "360100", in_org=True),               # 【南昌日报记者】
    R("广西", "450000"), R("海南", "460000"),       # 广西、海南等地区 (地区 is not part of a place)
    C("9个", 9, "item"),                            # 9个省份
    P("25%以上", 0.25, qualifier="min"),            # 全国: not a place
    # "一次报价、多省供应": lone 一, 省 no classifier
    C("12批", 12, "batch"),
    C("486个", 486, "item"),
    C("31类", 31, "kind"),
    R("江西省", JX, in_org=True),                   # 江西省医疗保障局官方网站
    U("http://ybj.jiangxi.example.gov.cn"),
    PH("0791-86891532"),
    PH("12393"),
]
