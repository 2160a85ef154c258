from gold_lib import *

SUZ, JS = "320500", "320000"                       # 苏州市, 江苏省
SPEC = [
    # 惠民保 (×6): 惠民 (山东's county) is part of the word, no place
    # 一张表: lone 一
    D("2026-04-10", "2026-04-10"),                  # 08:30 is a time; 阅读 3.6万: a counter, no unit
    R("苏州", SUZ),
    R("苏州市", SUZ),                               # 苏州市职工医保: a programme, plain
    P("85%", 0.85),                                 # 85%-95%: two percents
    P("95%", 0.95),
    P("5个百分点", 0.05, points=True),
    R("苏州", SUZ),
    # "苏惠保": 苏 is a one-character abbreviation
    D("2026年度", "2026"),
    M("每年99元", 99, period="year"),               # 每人每年99元 (set 1 call 2)
    T("30岁", 30, "year", age=True),
    M("200-300元/年", (200, 300), period="year"),   # one unit for the range
    # table; 苏惠保 again nothing
    P("2%", 0.02),
    M("99元/人/年", 99, period="year"),
    T("30岁", 30, "year", age=True),
    M("约256元/年", 256, period="year", qualifier="approx"),
    T("28天", 28, "day"),                           # 出生满28天-65周岁: two mentions (call 3)
    T("65周岁", 65, "year", age=True),
    M("1000元左右", 1000, qualifier="approx"),      # 起付线1000元左右
    M("1.8万元", 18000),
    M("1万元", 10000),
    P("85%", 0.85),
    P("95%", 0.95),
    P("60%", 0.6),
    P("30%", 0.3),
    P("100%", 1),
    M("约50万元", 500000, qualifier="approx"),      # 年度限额约50万元
    M("最高300万元", 3000000, qualifier="max"),
    M("最高600万元", 6000000, qualifier="max"),
    C("120种", 120, "kind"),
    C("100种左右", 100, "kind", qualifier="approx"),
    T("30天", 30, "day"),
    T("20年", 20, "year"),                          # 保证续保20年
    # 一笔账: lone 一
    M("40万元", 400000),
    M("32万元", 320000),
    M("8万元", 80000),
    P("90%", 0.9),
    M("27.9万元", 279000),                          # 约报27.9万元: 报 separates 约 from the amount (call 8)
    M("1.8万元", 18000),
    P("60%", 0.6),
    M("6.5万元", 65000),                            # 约赔6.5万元: likewise
    M("1万元", 10000),
    P("100%", 1),
    M("1万元以内", 10000, qualifier="max"),
    # 1. 2. 3.: list numbers
    R("江苏省", JS),                                # 江苏省内: plain
    C("13个", 13, "item"),                          # 13个设区市
    # 几百块, 几百万: no number
    T("50岁以上", 50, "year", age=True, qualifier="min"),
    T("60岁", 60, "year", age=True),
    T("30岁", 30, "year", age=True),
    # 4-5倍: a multiple, no entity type
    PH("0512-65221188"),
    E("xiaoketang@example.net"),
]
