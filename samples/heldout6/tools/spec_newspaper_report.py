from gold_lib import *

SX = "610000"                                       # 陕西省
SPEC = [
    D("2025年2月18日", "2025-02-18"),               # masthead; 第01版: a page number (ordinal)
    # headline “一卡通行”: lone 一; 陈某, 王某, 杨某: people
    D("2024年底", "2024", qualifier="approx"),      # 截至2024年底 (截至 outside; 底 → approx)
    # 全国: no place
    C("13.26亿人", 1326000000, "person"),
    P("95%以上", 0.95, qualifier="min"),
    D("2024年", "2024"),                            # 2024年全年: 全年 no part
    C("2.18亿人次", 218000000, "person"),
    M("1,723.6亿元", 172360000000),
    P("68.3%", 0.683),
    P("32.6%", 0.326),
    C("17.8万家", 178000, "institution"),
    C("2.4万家", 24000, "institution"),
    C("超过48万家", 480000, "institution", qualifier="min"),
    P("85.2%", 0.852),
    P("3.7个百分点", 0.037, points=True),
    # 跑一趟: lone 一 (趟 no classifier); 好几万元: no definite number (set 5 call 13: 好几年)
    R("陕西省西安市", "610100"),                    # 在陕西省西安市一家三甲医院: a description (一家 lone, 三甲 a grade)
    M("6.8万元", 68000),                            # 共计6.8万元: 共计 no qualifier
    M("4.9万元", 49000),
    R("陕西省", SX, in_org=True),                   # 陕西省医保局副局长
    # 张富平: a person whose given name is 富平县's short name (set 4 call 1): no place
    D("2024年", "2024"),
    R("陕西", SX),                                  # 2024年陕西跨省…结算: the subject, no org
    C("412.6万人次", 4126000, "person"),
    P("21.5%", 0.215),
    R("渭南市", "610500"),
    R("咸阳市", "610400"),
    C("5种", 5, "kind"),
    R("四川", "510000"),                            # 在四川
    # 川渝: one-character abbreviations (set 4 call 13); 两地: 地 is no classifier
    R("四川省成都市", "510100", in_org=True),       # 四川省成都市医保局局长 (one chain, a place + office word)
    # 刘武功: a person (武功县's short name in a given name): no place
    D("2024年", "2024"),
    R("成都", "510100"),
    R("重庆", "500000"),
    C("300万人次", 3000000, "person"),              # 突破300万人次: 突破 is not on the shared list
    T("约3天", 3, "day", qualifier="approx"),       # 平均每人次节省…约3天 (每人次 no period: a duration)
    D("2024年", "2024"),
    C("1.2亿人次", 120000000, "person"),
    P("八成以上", 0.8, qualifier="min"),
    D("2025年", "2025"),
    P("90%以上", 0.9, qualifier="min"),
]
