from gold_lib import *

SPEC = [
    # 医保服务中心: no place. 一个自然年度: lone 一. 三级医院: a hospital level
    M("800元", 800),                               # 起付线为800元
    M("10000元", 10000),
    M("800元", 800),
    P("75%", 0.75),
    P("25%", 0.25),
    M("6900元", 6900),
    M("2300元", 2300),
    # 一个自然年度: lone 一
    M("40万元", 400000),                           # 封顶线为40万元
    D("2024年", "2024"),
    M("38.6亿元", 3860000000),
    M("35.2亿元", 3520000000),
    P("8.8%", 0.088),
    P("2%", 0.02),
    M("90元", 90),                                 # 每月定额划入90元: 每月 does not touch (set 6/7)
    # 一级医疗机构: a hospital level
    P("60%", 0.6),
    M("每年200元", 200, period="year"),            # 起付标准每年200元
    M("3000元", 3000),
    P("10个百分点", 0.1, points=True),
    C("两人", 2, "person"),                        # 为父母缴纳居民医保,两人共800元; 王某 a person
    M("800元", 800),                               # 共800元: 共 is not on the shared list
    # 一段时间: lone 一, no number
    T("3个月", 3, "month"),
    T("90天", 90, "day"),                          # 出生后90天内
    M("15000元", 15000),
    M("15000元", 15000),                           # 15000元至10万元: two amounts with two units, two mentions
    M("10万元", 100000),
    P("60%", 0.6),
    M("10万元以上", 100000, qualifier="min"),
    P("70%", 0.7),
    R("杭州市", "330100"),
    R("上海市", "310000"),                         # a municipality: province level
    T("6个月", 6, "month"),
    C("45种", 45, "kind"),
    M("最高8000元", 8000, qualifier="max"),
    # DRG: nothing
    D("2024年", "2024"),
    C("126家", 126, "institution"),
    C("628个", 628, "item"),
    P("100%", 1),
    P("70%", 0.7),
    M("2万元", 20000),
    M("每天40元", 40, period="day"),               # 每人每天40元: 每人 is no period
    M("每天50元", 50, period="day"),
    E("shuyu@example.com"),
]
