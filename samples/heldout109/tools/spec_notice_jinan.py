from gold_lib import *

JN, SD = "370100", "370000"                         # 济南市, 山东省
SPEC = [
    R("济南市", JN, in_org=True),                   # 济南市医疗保障局 (title line)
    # 济医保发〔2025〕17号: a document number, nothing; 各区县: no place
    D("2025年10月1日起", "2025-10-01", qualifier="from"),
    # 一、(一)(二): section numbers, nothing
    M("每次400元", 400, period="time"),             # 按次 payment: 每次 is a period word (per visit)
    M("每次560元", 560, period="time"),
    # 每名患者: 每 + classifier, no number
    C("2-3次", {"min": 2, "max": 3}, "time"),       # 每周2-3次: one range; 每周 is a period word for money only (call 1)
    C("不超过13次", 13, "time", qualifier="max"),   # 每月不超过13次
    # 每周第4次: an ordinal, nothing (call 1)
    T("不少于4小时", 4, "hour", qualifier="min"),   # 每次治疗时长一般不少于4小时
    # 一级及二级 / 三级医疗机构: hospital levels, nothing
    P("90%", 0.9),
    P("85%", 0.85),
    P("70%", 0.7),
    P("5个百分点", 0.05, points=True),
    M("8万元", 80000),                              # 年度最高支付限额为8万元: 为 stands between 最高 and the amount
    M("6万元", 60000),
    P("60%以上", 0.6, qualifier="min"),
    R("山东省", SD, in_title=True),                 # 《山东省血液净化中心基本标准》: a standard's title, no organisation
    C("10台以上", 10, "piece", qualifier="min"),    # 血透机10台以上
    # Kt/V应不低于1.2: a number with no unit of ours, nothing (not a percent; call 2)
    T("3个月", 3, "month"),                         # 每3个月
    C("至少1次", 1, "time", qualifier="min"),
    # 五、; 本通知自…起施行
    D("2025年10月1日起", "2025-10-01", qualifier="from"),
    D("2027年9月30日", "2027-09-30"),               # 有效期至2027年9月30日: a date, 至 a preposition
    R("槐荫区", "370104"),
    R("历下区", "370102"),
    # 同日: no date written
    PH("0531-86081234"),
    PH("12393"),
    E("jnybj_dyk@example.com"),
    R("济南市", JN, in_org=True),                   # signature: 济南市医疗保障局
    D("2025年9月12日", "2025-09-12"),
]
