from gold_lib import *

TS, QZ, MJ, GG, GS = "620500", "620502", "620503", "620523", "620000"   # 天水市, 秦州区, 麦积区, 甘谷县, 甘肃省
SPEC = [
    R("天水市", TS, in_org=True),                   # 天水市退役军人事务局
    D("2025-09-12", "2025-09-12"),
    # 浏览次数:2316: a bare counter; 问1 … 问6: list numbers
    R("天水市", TS),                                # 具有天水市户籍: a place before a topic, plain
    # 我市: no place; 一级至六级残疾军人: grades, nothing (call 1)
    R("秦州区", QZ),
    R("麦积区", MJ),
    R("甘谷县", GG),
    # 五县: 县 is no classifier, nothing
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),             # 每人每年<b>400</b>元
    # 一至四级, 五至六级: grades
    P("50%", 0.5),                                  # <b>50</b>%
    M("200元", 200),                                # 每人资助200元: 每人 is no period, 资助 between
    DR("2025年9月15日至12月31日", "2025-09-15", "2025-12-31"),
    D("10月底前", "--10", qualifier="until"),
    T("30个工作日", 30, "workday"),                 # 内 is not a qualifier
    T("60岁", 60, "year", age=True),                # 年满60岁
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    P("50%", 0.5),
    P("5个百分点", 0.05, points=True),
    M("最高6万元", 60000, qualifier="max"),
    D("2024年", "2024"),
    C("8,416人", 8416, "person"),
    M("336.6万元", 3366000),
    P("100%", 1),
    PH("0938-8213456"),
    U("https://tsva.example.gov.cn/yfzc"),
    E("tsyf@example.com"),
    R("甘肃省", GS, in_org=True),                   # 甘肃省军区: a military command (call 2)
    R("天水", TS, in_org=True),                     # 天水军分区
]
