from gold_lib import *

NN, GX = "450100", "450000"                         # 南宁市, 广西壮族自治区
QX, XXT, JN, WM, HZ = "450103", "450107", "450105", "450110", "450181"
SPEC = [
    R("南宁市", NN),                                # <h2> 南宁市2026年…一览表: a place before a topic
    D("2026年", "2026"),
    R("南宁市", NN, in_org=True),                   # 来源:南宁市医疗保障局
    D("2026-01-12", "2026-01-12"),                  # 发布时间 of the main article: a plain date (set 1 call 8)
    # 浏览次数:3276: a counter, nothing
    R("广西壮族自治区", GX, in_title=True),         # 《广西壮族自治区城乡居民基本医疗保险制度实施办法》
    # 我市: no place
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    R("青秀区", QX),
    R("西乡塘区", XXT),
    R("江南区", JN),                                # 南宁's 江南区 (the article's city)
    R("武鸣区", WM),
    R("横州市", HZ),
    # 县(市、区): no places
    # header cells 起付标准<sup>1</sup>, 报销比例<sup>2</sup>: footnote markers (起付标准1, 报销比例2 in the visible text), nothing
    D("2025年", "2025"),                            # 较2025年变化
    M("100元/次", 100, period="time"),              # per visit (guidelines: 每次 → time, also after the unit)
    P("90%", 0.9),
    # 持平; 一级医院/二级医院/三级医院: grades, nothing
    M("200元/次", 200, period="time"),
    P("85%", 0.85),
    P("5个百分点", 0.05, points=True),              # +5个百分点: the sign is outside (call 3)
    M("500元/次", 500, period="time"),
    P("75%", 0.75),
    P("3个百分点", 0.03, points=True),
    M("800元/次", 800, period="time"),
    P("60%", 0.6),                                  # 60%~65%: two mentions
    P("65%", 0.65),
    P("2个百分点", 0.02, points=True),              # -2个百分点: the sign is outside (call 3)
    M("1200元/次", 1200, period="time"),
    P("百分之五十五", 0.55),
    P("0.5个百分点", 0.005, points=True),
    M("1500元/次", 1500, period="time"),
    P("50%", 0.5),
    # — : an empty cell
    # footnote 1: the marker 1; 一个自然年度 (lone 一); 第二次, 第三次: ordinals
    P("二分之一", 0.5),
    # 五保户: no count
    # footnote 2: the marker 2
    P("10个百分点", 0.1, points=True),
    M("45元/床日", 45, period="day"),               # guidelines: a bed fee per bed-day, /床日 in the span
    M("60元/床日", 60, period="day"),
    M("20万元", 200000),                            # 最高支付限额20万元: 最高 does not touch
    M("40万元", 400000),
    M("1.5万元", 15000),                            # 1.5万元至10万元(含): two amounts (set 1 call 4)
    M("10万元", 100000),
    P("60%", 0.6),
    M("10万元以上", 100000, qualifier="min"),
    P("70%", 0.7),
    M("每年400元", 400, period="year"),             # 每人每年400元 (set 1 call 2)
    M("每年700元", 700, period="year"),             # 不低于每人每年700元: 每人 stands between 不低于 and the amount: no qualifier
    # 之比约为4:7: a ratio, nothing (call 2)
    D("2025年", "2025"),
    P("约1.8个百分点", 0.018, points=True, qualifier="approx"),
    P("58.6%", 0.586),
    P("62.3%", 0.623),
    P("6.3%", 0.063),                               # 提高幅度为6.3%: a relative change, still a percent
    PH("0771-5530762", city="南宁市"),              # in <strong>; 0771 is shared by 南宁 and 崇左: the article's city (set 1 call 5)
    # the policy link's href is an attribute (not text); 点击此处 is its text: no URL
]
