from gold_lib import *

QD, BJ = "370200", "110000"                     # 青岛市, 北京市
SPEC = [
    # title: 长沙路, 南京东路: roads' names, not 长沙 / 南京 (guidelines: parts of longer names; set 1's 零陵北路)
    C("三家", 3, "institution"),                # 三家"名院"
    R("青岛", QD, in_org=True),                 # 来源:青岛晚报 (a newspaper)
    D("2025-06-09", "2025-06-09"),
    # 作者:孙长城: a person; 长城 is no gazetteer name anyway
    R("青岛市市南区", "370202"),                # an address chain; 长沙路 after it is a road
    R("青岛", QD, in_org=True),                 # 青岛大学附属医院
    R("北京", BJ, in_org=True),                 # 北京协和医院; 协和 is no place
    R("北京", BJ),                              # 在北京
    # 协和附近: the hospital's short name, no place
    M("180元", 180),                            # 一天180元: 一天 (lone 一) is no period word
    # 北京烤鸭: a dish's name (a common noun, not a proper name of a body): 北京 is not annotated (call 7)
    T("2个月", 2, "month"),
    # 中南大学湘雅医院: 中南, 湘雅 are no places (中南 a region's word, 湘雅 from 湘 + 雅礼)
    M("8.6万元", 86000),
    M("5.9万元", 59000),
    P("约69%", 0.69, qualifier="approx"),
    R("四川", "510000", in_org=True),           # 四川大学华西医院; 华西 no place
    # 一位东南大学: lone 一; 东南大学 no place
    # 头孢曲松钠: 曲松 (曲松县, 西藏) inside a drug's name: no place
    M("12.5元", 12.5),                          # 每支12.5元: 每 + classifier, no period
    C("14支", 14, "piece"),
    # 华西的医保窗口: no place
    R("成都", "510100"),
    # 南方航空: an airline; 南方 is no place
    R("青岛", QD),
    R("上海", "310000"),                        # 上海南京东路: 上海 is a place; 南京 inside the road's name is not
    # 一家中医诊所: lone 一
    M("2300元", 2300),
    P("60%", 0.6),
    # 长城汽车: a company; 长城 is no place
    M("每年300元", 300, period="year"),
    R("青岛", QD, in_org=True),                 # 青岛海牛队: a football club is an organisation (call 7)
    R("青岛", QD, in_org=True),                 # "青岛医保"小程序 (an app)
    T("6个月", 6, "month"),
    R("青岛市", QD),                            # 青岛市医保服务热线: a place before a service (set 44)
    PH("0532-85912345"),
    PH("12345"),
]
