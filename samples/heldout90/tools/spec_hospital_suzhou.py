from gold_lib import *

JS, SZ, GS = "320000", "320500", "320508"          # 江苏省, 苏州市, 姑苏区
SPEC = [
    R("苏州市姑苏区", GS, in_org=True),             # 苏州市姑苏区人民医院 (title)
    R("江苏省", JS, in_org=True),                   # 江苏省医疗保障局
    R("江苏省", JS, in_org=True),                   # 江苏省卫生健康委员会
    # 《关于调整部分医疗服务价格项目的通知》; 苏医保发〔2025〕27号: a document number
    # 二级甲等综合医院: a hospital grade, nothing
    D("2026年1月1日", "2026-01-01"),                # 自2026年1月1日0时起: 0时 (a time of day) stands between the date and 起
    # 1. … 5.: list numbers
    M("10元/次", 10, period="time"),
    M("13.5元/次", 13.5, period="time"),
    M("10元", 10),
    M("3.5元", 3.5),
    # Ⅰ级/Ⅱ级护理: care levels
    M("25.2元/日", 25.2, period="day"),
    M("31.5元/日", 31.5, period="day"),
    M("16.2元/日", 16.2, period="day"),
    M("19.8元/日", 19.8, period="day"),
    # 第1小时 / 第2小时起: ordinals (the first, the second hour), nothing
    M("3.6元", 3.6),                                # 每小时加收3.6元: 每小时 is no period word (set 10)
    M("108元", 108),                                # 由每部位108元: 每 + 部位 is no period
    M("97.2元", 97.2),
    P("10%", 0.1),
    # 二级医院: a grade
    M("18元", 18),
    M("22.5元", 22.5),
    # (1)…(5): list numbers
    D("2025年12月31日", "2025-12-31"),              # 2025年12月31日24时前: 24时 (a time) between the date and 前
    D("2026年1月10日之后", "2026-01-10", qualifier="from"),
    D("1月1日起", "--01-01", qualifier="from"),
    # 3号楼一楼大厅: a building number and a floor, nothing
    C("4500余项", 4500, "item", qualifier="min"),
    # 0512-65223316: 苏州's code
    PH("0512-65223316"),
    PH("12345"),
    PH("12393"),
    U("www.gsrmyy.example.cn"),
    R("苏州市", SZ),                                # 苏州市医保定点医疗机构: a place before a programme, plain; 保定 in 医保定点 is no place
    P("70%", 0.7),
    P("80%", 0.8),
    M("300元/床日", 300, period="day"),
    M("3000元", 3000),                              # 每人3000元: 每 + a classifier is no period
    R("苏州市姑苏区", GS, in_org=True),             # signature
    D("2025年12月25日", "2025-12-25"),
]
