from gold_lib import *

HB, JS, ZJ, SD = "420000", "320000", "330000", "370000"
SPEC = [
    # 问答(一): ordinal part number
    R("湖北", HB, in_org=True),                     # 来源:湖北医保 (a source account's name, heldout call 7)
    D("2025年12月3日", "2025-12-03"),
    # 百分制: a scoring system (百分 with no 之 and no number), no percent.
    # 问1 … 问6: list numbers. Scores are no units of ours: 100分, 5分, 15分, 30分, 0分, 1分, 20分, 90分以上, 75分至89分,
    # 60分以下, 100分 are nothing, with or without 以上/以下/最多 (guidelines: 200分); A级/B级/D级: grades
    M("1万元", 10000),                             # 回扣金额每增加1万元: 每 + 增加 is no period word
    T("1年", 1, "year"),                           # 评价周期为1年 (digit 1: no lone 一)
    DR("每年1月1日至12月31日", "--01-01", "--12-31", recurring="yearly"),   # 自每年…: 自 outside
    T("30日", 30, "day"),                          # 年度结束后30日内
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    # 第2次 ×2, 第3次: ordinals; 一个自然年度: lone 一; 上调一级: a level; 清零: nothing
    M("5000元以下", 5000, qualifier="max"),
    M("超过1万元", 10000, qualifier="min"),
    D("2025年", "2025"),                           # 2025年前三季度: 前三季度 is a period's name, nothing
    C("12家", 12, "institution"),
    P("约25%", 0.25, qualifier="approx"),
    P("50%", 0.5),
    T("6个月", 6, "month"),
    R("湖北省", HB, in_org=True),                   # 湖北省医药集中采购平台
    C("约2,300家", 2300, "institution", qualifier="approx"),
    C("约1,700家", 1700, "institution", qualifier="approx"),
    R("江苏", JS),
    R("浙江", ZJ),
    R("山东", SD),
    # 问7: list number
    P("70%", 0.7),
    P("30%", 0.3),
    D("2025年", "2025"),
    C("5家", 5, "institution"),
]
