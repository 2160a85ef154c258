from gold_lib import *

BJ = "610300"                                       # 宝鸡市
SPEC = [
    R("宝鸡", BJ),
    # “两病”: no count; 最多能开多久: no number
    R("金台区", "610303"),
    # 每个月跑两趟: 趟 is no classifier (not in the guidelines' lists), nothing
    R("渭滨", "610302", in_org=True),              # 网友“渭滨老张”: a screen name (call 6)
    D("2025/11/12", "2025-11-12"),
    R("宝鸡市", BJ, in_org=True),                   # 宝鸡市医疗保障局
    # 我市: no place
    T("12周", 12, "week"),                          # 最长12周: 最长 is not on the list
    T("约3个月", 3, "month", qualifier="approx"),   # 每次就诊可带回约3个月的用药: 每次 does not touch
    P("55%", 0.55),
    M("300元", 300),                                # 每年限额300元: 限额 stands between 每年 and the amount and is not on the list (上限 is): no period, no qualifier (call 11)
    M("400元", 400),
    C("两项", 2, "item"),                           # 两项合计: 两 + 项 (a classifier) is a count
    M("不超过700元", 700, qualifier="max"),
    PH("0917-3263517"),
    PH("12393"),
]
