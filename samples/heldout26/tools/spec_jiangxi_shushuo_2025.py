from gold_lib import *

JX, NC, GZ, JJ, SR = "360000", "360100", "360700", "360400", "361100"   # 江西省 南昌市 赣州市 九江市 上饶市
SPEC = [
    # 数说2025: a bare year in a title (no 年)
    R("江西", JX),                                   # 江西医保这一年: a place before a topic, no org; 一年: lone 一
    R("江西省", JX, in_org=True),                    # byline 江西省医疗保障局
    D("2026-01-06", "2026-01-06"),                   # 08:30: a time of day
    D("2025年", "2025"),
    # 【参保】 etc.: headings
    C("4,312.6万人", 43126000, "person"),
    P("98.6%", 0.986),
    T("5年", 5, "year"),                             # 连续5年
    P("95%以上", 0.95, qualifier="min"),
    P("0.3%", 0.003),                                # 同比+0.3%: the sign is no qualifier word (call 1)
    M("1,026.4亿元", 102640000000),
    P("4.2%", 0.042),                                # 同比增长4.2%
    M("968.3亿元", 96830000000),
    P("1.8%", 0.018),                                # 同比-1.8%: the minus sign is outside the span (call 1)
    # 全国第3, 第三年, 前五: ordinals / ranks, nothing
    C("1.02亿人次", 102000000, "person"),
    P("70%", 0.7),
    M("每年700元", 700, period="year"),              # 每人每年700元: 每人 is no period word
    M("400元/人/年", 400, period="year"),            # the whole 元/人/年 in the span
    D("2026年度", "2026"),
    C("12批", 12, "batch"),
    P("56.3%", 0.563),
    C("3.2万种", 32000, "kind"),
    C("2,345.7万人次", 23457000, "person"),
    P("三成", 0.3),                                  # 增长三成
    C("1,204家", 1204, "institution"),
    # 【各地】
    R("南昌市", NC),
    P("99.1%", 0.991),
    R("赣州", GZ),
    C("900万人", 9000000, "person"),
    R("九江市", JJ),
    R("上饶市", SR),
    C("62种", 62, "kind"),
    T("15分钟", 15, "minute"),                       # 城区医保服务圈: 城区 a common word (汕尾's county 城区 not meant)
    P("100%", 1),
    T("5个工作日", 5, "workday"),
    T("15个工作日", 15, "workday"),
    PH("12393"),
    C("86.5万次", 865000, "time"),
    P("97.2%", 0.972),
    R("江西省", JX, in_org=True),                    # 数据来源:江西省医疗保障局
    D("2025年12月31日", "2025-12-31"),               # 统计截至: a preposition outside
]
