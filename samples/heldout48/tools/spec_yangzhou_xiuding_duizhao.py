from gold_lib import *

YZ = "321000"                                       # 扬州市
SPEC = [
    R("扬州市", YZ, in_title=True),                 # 《扬州市…(征求意见稿)》修订对照表
    R("扬州市", YZ, in_title=True),                 # 左栏为《扬州市…暂行办法》; 扬医保发〔2021〕45号: a document number
    C("6条", 6, "item"),                            # 修改条款6条
    C("1条", 1, "item"),                            # 新增1条: digit 1 is no lone 一 (set 1 call 13)
    C("1条", 1, "item"),                            # 删除1条
    # “—”: an empty cell marker. Row numbers 1 … 9 in the 序号 column and 第三条 … 第十一条 in both columns: nothing.
    # Both columns are page text, so the 原条款 (old) and 修订后条款 (new) figures are annotated alike (call 1).
    # row 1 (第三条)
    M("每月120元", 120, period="month"),
    M("每月90元", 90, period="month"),              # 按每月90元定额划入
    D("2025年1月1日前", "2025-01-01", qualifier="until"),
    M("每月95元", 95, period="month"),
    # row 2 (第四条)
    M("1000元", 1000), M("800元", 800),
    M("700元", 700), M("500元", 500),
    M("300元", 300),                                # 修改说明 降低300元
    # row 3 (第五条): 一级/二级/三级 are levels
    P("60%", 0.6), P("70%", 0.7), P("50%", 0.5), P("60%", 0.6), P("50%", 0.5), P("60%", 0.6),
    P("65%", 0.65), P("75%", 0.75), P("55%", 0.55), P("65%", 0.65), P("50%", 0.5), P("60%", 0.6),
    P("60%", 0.6), P("65%", 0.65),                  # 一级60%→65%: two percents around an arrow (call 2)
    P("50%", 0.5), P("55%", 0.55),                  # 二级50%→55%
    # row 4 (第六条): 年度最高支付限额:在职职工2500元: 最高 does not touch
    M("2500元", 2500), M("3500元", 3500),
    M("3000元", 3000), M("4000元", 4000),
    T("5年", 5, "year"),                            # 满5年
    M("200元", 200),                                # 每年增加200元: 增加 between
    M("不超过1000元", 1000, qualifier="max"),
    M("500元", 500),                                # 各提高500元
    # row 5 (第七条): no figures
    # row 6 (第九条)
    P("20个百分点", 0.2, points=True),
    P("10个百分点", 0.1, points=True),
    T("不少于6个月", 6, "month", qualifier="min"),
    # row 7 (第十条)
    D("2021年7月1日起", "2021-07-01", qualifier="from"),
    D("2025年12月31日", "2025-12-31"),              # 有效期至2025年12月31日: a single date (至 a preposition, set 1 call 15, set 8 call 9)
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    T("5年", 5, "year"),                            # 有效期5年
    # row 8 (第十一条, deleted)
    C("1家", 1, "institution"),                     # 每人选定1家基层医疗机构
    # row 9 (第十一条, new)
    R("扬州市", YZ, in_org=True),                   # 由扬州市医疗保障局负责解释
    # 注: 金额单位为元: a unit with no number
    D("2021年", "2021"),                            # 2021年版办法: a year with 年 (a version year is still a date)
    DR("2021年7月1日至2025年12月31日", "2021-07-01", "2025-12-31"),
    M("约2.4亿元", 240000000, qualifier="approx"),  # 年均支付约2.4亿元: 年均 is no period word
]
