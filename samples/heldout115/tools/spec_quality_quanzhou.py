from gold_lib import *

QZ = "350500"                                       # 泉州市
SPEC = [
    R("泉州市", QZ, in_org=True),                   # 泉州市第一医院 (第一 is part of the name)
    D("2024年度", "2024"),
    # 一、…四、 and 1.…5.: section and list numbers
    DR("2024年1-12月", "2024-01", "2024-12"),
    C("2863例", 2863, "case"),
    C("2215例", 2215, "case"),
    C("648例", 648, "case"),
    C("412例", 412, "case"),
    C("186例", 186, "case"),                        # (EVT): nothing
    C("57例", 57, "case"),
    R("晋江市", "350582"),
    R("南安市", "350583"),
    R("惠安县", "350521"),
    P("27.4%", 0.274),
    D("2023年", "2023"),                            # 由2023年的58分钟: a year
    T("58分钟", 58, "minute"),
    T("42分钟", 42, "minute"),
    T("60分钟", 60, "minute"),                      # DNT≤60分钟: ≤ is no qualifier word (call 1)
    P("71.2%", 0.712),
    P("93.6%", 0.936),
    P("22.4个百分点", 0.224, points=True),
    T("76分钟", 76, "minute"),
    T("90分钟", 90, "minute"),                      # DPT≤90分钟
    P("84%", 0.84),
    P("18.6%", 0.186),
    # (412/2215): a ratio of two bare numbers, nothing (set 44 call 5: a slash fraction is no percent)
    P("3.1个百分点", 0.031, points=True),
    P("2.4%", 0.024),
    P("不超过5%", 0.05, qualifier="max"),
    # NIHSS评分…下降6.2分: a score, no mention (call 2)
    T("90天", 90, "day"),                           # 90天mRS: the day-90 follow-up, a duration of 90 days
    # mRS 0-2分: a score range, no mention (call 2)
    P("61.5%", 0.615),
    # (22:00-次日8:00): times of day, nothing
    T("51分钟", 51, "minute"),
    T("9分钟", 9, "minute"),                        # 多9分钟: 多 before the number is a verb (more by), not 多 between number and unit
    T("118分钟", 118, "minute"),
    T("超过120分钟", 120, "minute", qualifier="min"),   # a duration, not the number 120 (120 + unit)
    C("43例", 43, "case"),
    # 36场: 场 is not on the classifier list
    PH("120"),                                      # 120调度员: the emergency number's dispatchers (call 3)
    C("1500余人次", 1500, "person", qualifier="min"),
    P("96.3%", 0.963),
    M("2.18万元", 21800),
    D("2023年", "2023"),
    M("约1800元", 1800, qualifier="approx"),
    P("约71%", 0.71, qualifier="approx"),
    D("2025年", "2025"),
    R("丰泽区", "350503"),
    R("鲤城区", "350502"),
    C("1个", 1, "item"),                            # 各新增1个卒中急救站点
    T("35分钟以下", 35, "minute", qualifier="max"),
    T("不超过60分钟", 60, "minute", qualifier="max"),
    PH("0595-22277653"),
    D("2025年2月20日", "2025-02-20"),
]
