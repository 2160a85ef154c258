from gold_lib import *

XA = "610100"                                      # 西安市
YT, BL, WY = "610113", "610103", "610112"          # 雁塔区, 碑林区, 未央区
SPEC = [
    R("西安市", XA),                               # 西安市12345市民热线: a place before a service line, not in_org (set 44)
    PH("12345"),                                   # the hotline's number inside its name (call 2)
    D("2026年", "2026"),                           # 2026年第一季度: 第一季度 is an ordinal quarter, no date form
    # 一、二、…, (一)(二), 1. 2. 3., (1)(2)(3): list numbers
    DR("2026年1-3月", "2026-01", "2026-03"),
    R("西安市", XA),
    PH("12345"),
    C("2,386件", 2386, "item"),
    P("27.4%", 0.274),                             # 同比上升: no qualifier
    P("8.6%", 0.086),
    C("1,952件", 1952, "item"),
    P("81.8%", 0.818),
    C("312件", 312, "item"),
    C("122件", 122, "item"),
    # 全国: not a place
    m("phone", "12315", "12315", kind="service"),  # 全国12315平台 (call 1)
    C("640件", 640, "item"),
    R("雁塔区", YT),
    C("739件", 739, "item"),
    P("31%", 0.31),
    R("碑林区", BL),
    C("468件", 468, "item"),
    R("未央区", WY),
    C("355件", 355, "item"),
    # 曲江新区: a development zone of 西安, below county level; 曲江 is the short name of 韶关's 曲江区,
    # a part of a longer name here: nothing (call 6)
    R("雁塔区", YT),
    C("1,037件", 1037, "item"),
    P("53.1%", 0.531),
    C("521件", 521, "item"),
    C("214件", 214, "item"),
    C("96件", 96, "item"),
    C("84件", 84, "item"),
    C("865件", 865, "item"),
    C("733件", 733, "item"),
    M("418.6万元", 4186000),                       # 合计 is no qualifier
    M("最高12.8万元", 128000, qualifier="max"),
    M("约5711元", 5711, qualifier="approx"),       # 平均每件约5711元: 每件 is 每 + classifier, no period
    P("98.6%", 0.986),
    P("91.2%", 0.912),
    P("3.5个百分点", 0.035, points=True),
    # 市医保局: no place
    C("17条", 17, "item"),
    C("5条", 5, "item"),
    M("23.4万元", 234000),
    C("46条", 46, "item"),
    D("2026年2月14日", "2026-02-14"),
    T("26岁", 26, "year", age=True),
    R("西安", XA),                                 # 西安某医疗美容门诊部: 某, not in_org
    M("19800元", 19800),
    C("2支", 2, "piece"),                          # 仅注射2支: 支 is a piece classifier in the guidelines
    # 工单号XA2026021400387: a work-order number, no date, no phone
    R("雁塔区", YT, in_org=True),                  # 雁塔区市场监管局: place + office
    M("13200元", 13200),
    D("3月5日", "--03-05"),
    T("17周岁", 17, "year", age=True),
    M("3980元", 3980),
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    D("3月21日", "--03-21"),
    M("2400元", 2400),
    R("西安市", XA, in_org=True),                  # 西安市医疗保障局
    # 二季度起: a quarter without a number of the guidelines' date forms: nothing
    # 一家机构: lone 一
    T("30日", 30, "day"),                          # 30日内: a duration, 内 no qualifier
    C("5次以上", 5, "time", qualifier="min"),
    PH("029-87256113", city="西安市"),      # 029 is shared with 咸阳: the article's city
    PH("12345"),                                   # 市12345热线办公室 (call 2)
    E("rexian12345@xa.example.gov.cn"),            # digits inside the e-mail: nothing
]
