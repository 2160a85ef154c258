from gold_lib import *

JN = "370100"                                       # 济南市
SPEC = [
    # 一图读懂: 一图 is a lone 一
    R("济南市", JN),                                # 济南市职工医保门诊共济保障: a topic
    D("2025年", "2025"),                            # 2025年版 (set 4: (2025年版))
    R("济南市", JN, in_org=True),                   # 济南市医疗保障局 制图
    # ① ② ③ become 1 2 3 under NFKC: list markers, no mentions.  In particular `3年度最高支付限额`
    # (③年度…) is a marker before 年度, no duration 3年 and no date
    M("700元", 700),                                # full-width ７００元 (the arrow ↓ on its own line)
    M("500元", 500),
    # 一个自然年度: lone 一
    P("70%", 0.7),                                  # ７０% (full-width digits, half-width %)
    P("75%", 0.75),
    P("5个百分点", 0.05, points=True),              # 提高5个百分点 after the line ↑
    M("3000元/年", 3000, period="year"),
    M("4000元/年", 4000, period="year"),            # ４０００元/年
    # 【看这里→定点范围】, 一级及以下医疗机构 / 二级 / 三级: grades
    P("10个百分点", 0.1, points=True),              # 社区卫生服务中心 → 报销比例再提高10个百分点
    P("60%", 0.6),                                  # 二级医疗机构 → 60%
    P("50%", 0.5),
    P("2%", 0.02),                                  # 个人缴纳的２％ (full-width %)
    # 每月定额划入 / 110元 on separate lines: the period word does not touch the amount
    M("110元", 110),
    D("2024年", "2024"),                            # 基本养老金平均水平: 金平 inside it is no place
    P("2.5%左右", 0.025, qualifier="approx"),
    R("山东", "370000", in_org=True),               # “爱山东”APP: a place in an app's name
    R("济南", JN, in_org=True),                     # “济南医保”微信公众号
    D("2025.1.1", "2025-01-01"),                    # 时间轴 line: a dotted full date (year 1900–2099, month, day)
    DR("2025年1月—3月", "2025-01", "2025-03"),       # 月 after both ends, the Chinese dash
    D("2025年4月1日起", "2025-04-01", qualifier="from"),
    # 预计每年可减轻…: 每年 touches no amount
    M("约3.6亿元", 360000000, qualifier="approx"),  # 约３.６亿元 (full-width digits, ASCII dot)
    C("230万人", 2300000, "person"),                # ２３０万人 on the line after 惠及
    C("2,860家", 2860, "institution"),
    R("历城区", "370112"),
    R("章丘区", "370114"),
    R("莱芜区", "370116"),
    C("126家", 126, "institution"),
    # ❶❷❸ (dingbat negative circled digits) have no NFKC decomposition: markers, no numbers
    T("3个月", 3, "month"),                         # 须在３个月内结算 (内 is no qualifier)
    PH("12393"),
    PH("0531-82396177"),
    U("www.jnyb.example.gov.cn"),
]
