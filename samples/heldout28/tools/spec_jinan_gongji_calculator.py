from gold_lib import *

JN = "370100"                                       # 济南市
SPEC = [
    # 算一算: lone 一
    R("济南", JN, in_org=True),                     # byline "济南医保 2025-05-20 09:30": the account's name
    D("2025-05-20", "2025-05-20"),                  # 09:30: a time of day
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    R("济南市", JN),                                # 济南市职工医保门诊共济保障政策: a place before a programme
    C("三个", 3, "item"),                           # 用三个例子 (the guidelines' 三个 → 3 item)
    # 【例1】【例2】【例3】: label numbers
    T("45岁", 45, "year", age=True),
    M("8000元", 8000),                              # 月缴费基数8000元: 月 is part of the field's name, not 每月 (no period)
    P("2%", 0.02),
    M("160元", 160),                                # 每月划入160元: 划入 stands between 每月 and the amount (no period)
    M("1920元", 1920),                              # 全年合计1920元: 全年 is no period word
    # 一个自然年度: lone 一
    M("500元", 500),
    # 一级及以下医院, 三级医院: hospital levels
    P("60%", 0.6),
    P("50%", 0.5),
    M("3000元", 3000),                              # 年度最高支付限额3000元: 最高 does not touch
    M("4500元", 4500),
    # (4500-500)×60%: 4500-500 has no unit (nothing)
    P("60%", 0.6),
    M("2400元", 2400),
    T("68岁", 68, "year", age=True),
    M("120元", 120),                                # 每月定额划入120元: 定额划入 between (no period)
    M("1440元", 1440),
    M("400元", 400),
    P("10个百分点", 0.1, points=True),
    P("70%", 0.7),
    M("4000元", 4000),
    M("6000元", 6000),
    # (6000-400): no unit
    P("70%", 0.7),
    M("3920元", 3920),
    T("70周岁", 70, "year", age=True),              # 年满70周岁后: 后 is not on the shared list
    P("5个百分点", 0.05, points=True),
    T("32岁", 32, "year", age=True),
    M("50元/月", 50, period="month"),
    M("600元", 600),
    T("6个月", 6, "month"),                         # 满6个月后: 满 and 后 outside
    D("3月", "--03"),                               # 今年3月: 今年 is a relative word outside (set 6 call 2)
    # 上半年: no number
    M("0元", 0),
    # 三人年度小结: 三人 is a count (三 + the classifier 人; not a lone 一)
    C("三人", 3, "person"),
    M("1920元", 1920),
    M("2400元", 2400),
    M("4320元", 4320),
    M("1440元", 1440),
    M("3920元", 3920),
    M("5360元", 5360),
    M("600元", 600),
    D("2025年度", "2025"),
    M("400元/人/年", 400, period="year"),           # the whole 元/人/年 is in the span
    M("每人次10元", 10, period="time"),             # 每人次: per visit
    M("每床日45元", 45, period="day"),              # a bed fee per bed-day
    C("1次", 1, "time"),                            # 每年可办理家庭共济绑定1次: 每年 is no date here
    C("5名", 5, "person"),                          # 最多绑定5名: 绑定 between 最多 and the count
    R("济南市", JN, in_org=True),                   # 济南市医疗保障服务中心
    PH("0531-68961234"),
    # (工作日8:30-17:00): times; 工作日 without a number
    PH("12393"),
]
