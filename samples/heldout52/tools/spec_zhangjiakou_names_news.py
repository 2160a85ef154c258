from gold_lib import *

ZJK, XH, BJ, CY = "130700", "130705", "110000", "110105"     # 张家口市, 宣化区, 北京市, 北京 朝阳区
HL, CL, ZB = "130730", "130709", "130722"                     # 怀来县, 崇礼区, 张北县
SPEC = [
    R("张家口", ZJK),                               # title: 张家口异地就医…: a place before a topic
    # 透析患者刘南京: a person's name; 南京 inside it is no place (call 1)
    R("张家口", ZJK, in_org=True),                  # 张家口新闻网 (a news site)
    # 记者 黄山 / 通讯员 吴江: people (surname 黄 / 吴 + given name); not 黄山市/黄山区, not 吴江区 (call 1)
    D("2025年4月18日", "2025-04-18"),
    R("张家口市", ZJK, in_org=True),                # 张家口市医疗保障局
    # 局长常德: a person (surname 常), not 常德市 (call 1)
    D("2024年", "2024"),
    C("38.6万人次", 386000, "person"),
    M("12.4亿元", 1240000000),
    P("21%", 0.21),
    R("宣化区", XH),
    # 参保人刘南京: a person (call 1)
    T("68岁", 68, "year", age=True),
    C("3次", 3, "time"),                            # 每周需透析3次: 每周 is no period for a count
    R("北京", BJ),
    R("张家口", ZJK),
    T("3天", 3, "day"),                             # 来回一趟得3天: 一趟 is a lone 一 (not a mention)
    R("北京市朝阳区", CY),                          # a chain: 北京's 朝阳区, not 长春's nor 朝阳市 (辽宁)
    M("约180元", 180, qualifier="approx"),          # 每次自付约180元: 自付 stands between 每次 and the amount: no period
    R("张家口市", ZJK, in_org=True),                # 张家口市第一医院
    # 主任医师汪清: a doctor (surname 汪), not 汪清县 (延边) (call 1)
    C("127名", 127, "person"),
    # 京张两地: 京 is a one-character abbreviation, 张 likewise; 两地 has no classifier of the list
    # 护士长周口: a person (surname 周), not 周口市 (call 1)
    T("3个工作日", 3, "workday"),                   # 3个工作日内: 内 is not on the qualifier list
    R("怀来县", HL),
    # 张家三兄弟: 张家 (the Zhang family) is no place, and 张家口 is not written; 三兄弟 has no classifier
    R("北京", BJ),
    # 老大张沧海: a person; 沧海 is no gazetteer name
    R("张家口", ZJK),
    R("北京", BJ),
    R("崇礼区", CL),
    # 李沧海、王昌吉: people; 昌吉 (昌吉市/昌吉州, 新疆) inside a person's name is no place, nor 李沧
    # (李沧区, 青岛) across the surname and the given name's first character (call 1)
    C("两位", 2, "person"),                         # 两位代表
    # 市两会: 两会 is a word, no count
    # 王昌吉 again: a person
    R("张北县", ZB),
    M("800元", 800),
    M("600元", 600),
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    R("张家口市", ZJK),                             # 张家口市将把…: the city government as actor, no org word touches
    C("5种", 5, "kind"),
    C("10种", 10, "kind"),
    P("90%", 0.9),
    P("不低于70%", 0.7, qualifier="min"),
    # 韶山路社区卫生服务站: 韶山 inside a road's name (韶山路), not 韶山市 (湘潭) (guidelines: parts of longer names)
    PH("0313-8016352"),
    PH("12393"),
    E("zjkyb@example.com"),
    # (编辑 常德胜): a person; 常德 inside a person's name (call 1)
]
