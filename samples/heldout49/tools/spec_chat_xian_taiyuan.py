from gold_lib import *

XA, TY, SX = "610100", "140100", "140000"         # 西安市, 太原市, 山西省
YT, BL = "610113", "610103"                       # 雁塔区, 碑林区
SPEC = [
    # 医保小助手(智能客服): no place
    D("2025年3月12日", "2025-03-12"),
    R("西安", XA),
    R("山西太原", TY),                              # a chain: one mention at the city
    C("两个", 2, "item"),                           # 两个地方: 两 is no lone 一
    D("2025年度", "2025"),
    # 简单对比如下: 比如 (比如县, 西藏) straddles 对比 + 如下, no place
    # 1. 2.: list numbers
    R("西安市", XA),
    M("每年400元", 400, period="year"),             # 每人每年400元: 每人 outside (set 1 call 2)
    M("不低于670元", 670, qualifier="min"),
    DR("每年9月1日至12月31日", "--09-01", "--12-31", recurring="yearly"),
    R("太原市", TY),
    M("每年380元", 380, period="year"),
    M("380元", 380),
    DR("2024年10月1日至2025年2月28日", "2024-10-01", "2025-02-28"),
    # 需要的话: nothing
    T("67岁", 67, "year", age=True),
    R("太原", TY),
    R("太原市", TY),
    # - bullets; 一级/二级/三级医院: hospital levels
    M("200元", 200), P("85%", 0.85),
    M("500元", 500), P("75%", 0.75),
    M("1000元", 1000), P("65%", 0.65),
    M("15万元", 150000),                            # 年度最高支付限额为15万元: 最高 does not touch
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    P("3个百分点", 0.03, points=True),
    R("西安", XA),
    R("西安市", XA),
    # the assistant's first, retracted figures are page text and are annotated (call 7)
    M("1200元", 1200), P("60%", 0.6),
    M("20万元", 200000),                            # 年度最高支付20万元: 支付 between
    # 抱歉,上面说错了,应为: the corrected figures
    R("西安市", XA),
    M("1000元", 1000), P("65%", 0.65),
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    R("西安", XA), R("太原", TY),
    R("太原", TY),                                  # 按户籍地在太原缴纳
    # 需要注意两点: 点 is no classifier
    # ① ② → 1 2 under NFKC: list markers before words
    R("西安", XA), R("西安", XA), R("太原", TY),
    P("10%", 0.1),
    P("20个百分点", 0.2, points=True),
    R("太原市", TY, in_org=True),                   # 太原市医保中心
    PH("0351-4123695"),
    # “晋医保”小程序: 晋 one character
    R("西安", XA),                                  # 西安这边: plain
    PH("029-86785432", city="西安市"),
    R("雁塔区", YT), R("碑林区", BL),               # 雁塔区、碑林区的医保经办窗口: a generic description after 的, no proper name: plain
    T("1-3个工作日", (1, 3), "workday"),
    # 当天: nothing
    T("6个月", 6, "month"),
    # 本次对话共7轮: 轮 is no classifier
    C("五颗", 5, "piece"),                          # 点亮五颗星: 颗 is a piece classifier (call 8); ★★★★★ nothing
    R("西安市", XA, in_org=True),                   # 西安市医疗保障局
    R("太原市", TY, in_org=True),                   # 太原市医疗保障局
]
