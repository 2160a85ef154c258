from gold_lib import *

JS, WX = "320000", "320200"
SPEC = [
    M("7元", 7),                                    # 护理费涨了7元
    M("12元", 12),
    R("江苏", JS),                                  # 江苏新一轮医疗服务价格调整: the province, plain
    # 江南晚报: 江南 (a short name of 南宁's 江南区) here means the lower Yangtze region: no place
    D("2025-12-16", "2025-12-16"),                  # the article's own date: plain (set 1 call 8); 08:30 a time
    # 顾晓婷: a person
    D("12月15日", "--12-15"),
    R("无锡市", WX, in_org=True),                   # 无锡市医疗保障局
    # 我市 / 省里: no place named
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    C("36项", 36, "item"),
    # 三级医院: a grade; Ⅰ级护理: a care level
    M("每日28元", 28, period="day"),
    M("35元", 35),
    M("120元", 120),                                # CT平扫每部位由120元: 每部位 does not touch and is no period
    M("108元", 108),
    # 住一周院: lone 一 (一周), nothing
    M("49元", 49),
    # 做一次CT: lone 一
    M("12元", 12),
    R("无锡市", WX, in_org=True),                   # 无锡市人民医院
    # 钱先生: a person
    T("78岁", 78, "year", age=True),
    T("12天", 12, "day"),
    R("无锡市", WX, in_org=True),                   # 无锡市第二人民医院 (第二: part of the name; 二人 is no count)
    # 陈敏: a person
    T("近3年", 3, "year", qualifier="approx"),      # 近3年来: 近 (before) is on the shared list
    C("近200名", 200, "person", qualifier="approx"),
    P("约25%", 0.25, qualifier="approx"),
    # 市医保局: no place named
    # 一级/二级/三级医院: grades
    P("90%", 0.9),
    P("85%", 0.85),
    P("80%", 0.8),
    M("约3元", 3, qualifier="approx"),
    C("约1800万人次", 18000000, "person", qualifier="approx"),
    R("江阴市", "320281"),
    R("宜兴市", "320282"),
    R("常州", "320400"),
    R("苏州", "320500"),
    PH("0510-81821333"),
    R("无锡", WX, in_org=True),                     # "无锡医保"微信公众号: an account's name
    D("2017年", "2017"),                            # 自2017年医疗服务价格综合改革以来: 以来 does not touch the date
    R("无锡", WX),                                  # 无锡第5次调整: the city as subject, plain; 第5次 an ordinal
    Article("related-01"),
    R("南京", "320100"),                            # 南京:第二批…: a place heading a title (not a 《》 title), plain
    # 第二批: an ordinal
    P("15%", 0.15),
    D("2025-11-28", "2025-11-28", role="pubdate"),  # 医保资讯 2025-11-28
]
