from gold_lib import *

XT = "130500"                                       # 邢台市
SPEC = [
    R("邢台市", XT),                                # 邢台市医疗救助政策十问十答: a place before a topic; 十问十答: 问 no classifier
    D("2025-03-12", "2025-03-12"),                  # 10:05: a time of day
    R("邢台市", XT, in_org=True),                   # 来源:邢台市医疗保障局
    R("河北省", "130000", in_title=True, in_org=True),   # 《河北省医疗保障局等部门关于…》 (河北 alone would also be 天津's 河北区)
    # 我市: no place; 问一 … 问十: ordinals; 一是 … 四是: list words
    C("四类", 4, "kind"),                           # 分为四类 (set 3)
    R("邢台市", XT),                                # 上年度邢台市居民人均可支配收入: a place before a statistic, no org
    P("10%左右", 0.1, qualifier="approx"),
    D("2025年", "2025"),
    M("3200元", 3200),
    P("25%左右", 0.25, qualifier="approx"),
    D("2025年", "2025"),
    M("8000元", 8000),
    P("100%", 1),
    P("70%", 0.7),
    P("60%", 0.6),
    P("60%", 0.6),
    P("50%", 0.5),
    M("10万元", 100000),                            # 年度救助限额10万元: 限额 is not on the shared list
    M("不超过8000元/年", 8000, period="year", qualifier="max"),
    # 三重制度: nothing (set 2 call 9); 省域内: no place
    P("40%", 0.4),
    M("5万元", 50000),
    # 市内: no place
    P("10个百分点", 0.1, points=True),              # 降低10个百分点
    # "一站式": lone 一
    T("6个月", 6, "month"),                         # 出院之日起6个月内
    T("15个工作日", 15, "workday"),                 # 县级医保部门: no place
    D("2024年", "2024"),
    D("2024年", "2024"),
    C("48.7万人次", 487000, "person"),
    M("2.36亿元", 236000000),
    C("1.2万人次", 12000, "person"),
    M("3860万元", 38600000),
    R("宁晋县", "130528"),
    R("南宫市", "130581"),
    R("沙河市", "130582"),
    C("1.6万人", 16000, "person"),
    D("2025年度", "2025"),
    M("300元", 300),                                # 每人资助300元: 每人 is no period, 资助 between
    M("不低于200元", 200, qualifier="min"),         # 每人资助不低于200元
    R("邢台市", XT, in_org=True),
    PH("0319-2697351"),                             # (工作日8:30-12:00、14:30-17:30): times; 工作日 with no number: nothing
    PH("12345"),
    # (责任编辑:赵某): a person
]
