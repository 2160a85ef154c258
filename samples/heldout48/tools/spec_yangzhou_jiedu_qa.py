from gold_lib import *

YZ, SH, NJ = "321000", "310000", "320100"          # 扬州市, 上海市, 南京市
SPEC = [
    R("扬州", YZ),                                  # 一图读懂|扬州职工医保门诊共济新政问答: a place before a programme
    D("2025-12-28", "2025-12-28"),                  # 发布时间 (plain date); 09:30 a time
    R("扬州市", YZ, in_org=True),                   # 来源:扬州市医疗保障局; 浏览次数:5208 a bare counter
    # 【图解1】…【图解4】: caption numbers, nothing
    D("2026年1月1日起", "2026-01-01", qualifier="from"),   # → 2026年1月1日起 (an arrow bullet)
    T("5年", 5, "year"),                            # → 有效期5年
    # 问1 … 问6: question numbers; 一句话: lone 一
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    D("2025年12月31日前", "2025-12-31", qualifier="until"),
    # 起付标准(一个自然年度): lone 一
    M("1000元", 1000), M("700元", 700),             # 1000元 → 700元: two amounts (call 2)
    M("800元", 800), M("500元", 500),
    P("65%", 0.65), P("75%", 0.75),
    P("5个百分点", 0.05, points=True),
    P("55%", 0.55), P("50%", 0.5),                  # 二级医院 / 三级医院: levels
    P("65%", 0.65), P("75%", 0.75),                 # 图解3: 在职65% | 退休75%
    P("55%", 0.55), P("65%", 0.65),
    P("50%", 0.5), P("60%", 0.6),
    # 一年最多能报多少: lone 一
    M("每年最高3000元", 3000, period="year", qualifier="max"),   # period and qualifier together (set 1 call 3)
    M("最高4000元", 4000, qualifier="max"),
    T("5年", 5, "year"),                            # 满5年后: 满 is no qualifier, 后 is not one for a duration
    M("200元", 200),                                # 每年再增加200元: 再增加 between
    M("1000元封顶", 1000, qualifier="max"),         # 封顶 after the amount is on the shared list
    T("8年", 8, "year"),                            # 已连续参保8年
    D("2026年度", "2026"),
    M("4200元", 4200),                              # 最高可报4200元: 可报 between
    T("62岁", 62, "year", age=True),
    D("2024年12月", "2024-12"),
    D("2025年1月1日前", "2025-01-01", qualifier="until"),
    M("95元", 95),                                  # 每月划入95元: 划入 between 每月 and the amount
    D("2025年1月1日以后", "2025-01-01", qualifier="from"),
    M("90元", 90),
    R("扬州", YZ, in_org=True),                     # “扬州医保”微信公众号: an account
    R("扬州", YZ, in_org=True),                     # “我的扬州”APP: an app's name
    C("5人", 5, "person"),                          # 最多绑定5人: 绑定 between 最多 and the count; 次日: nothing
    R("上海", SH), R("南京", NJ),
    R("扬州", YZ),                                  # 按扬州标准报销: a place before a topic
    P("10个百分点", 0.1, points=True),
    T("1个工作日", 1, "workday"),                   # 1个工作日内: 内 is not a qualifier (以内 is)
    C("三个", 3, "item"),                           # 【图解4】三个小贴士
    PH("0514-87362110"),
    PH("12393"),
    C("4张", 4, "piece"),                           # 本文配图共4张
]
