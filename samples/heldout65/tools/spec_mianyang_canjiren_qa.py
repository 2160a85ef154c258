from gold_lib import *

MY, FC, YX, JY, ST, SC = "510700", "510703", "510704", "510781", "510722", "510000"
SPEC = [
    # 政策问答 | …: no mention
    R("绵阳市", MY, in_org=True),                    # 来源:绵阳市医疗保障局
    D("2025-01-16", "2025-01-16"),                   # 发布日期 of the main article: plain date
    # 问1 … 问6: question labels, no unit
    R("涪城区", FC),                                 # 我是涪城区的…: a place of residence, plain
    # 二级肢体残疾人: a disability grade (call 1)
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),              # 每人每年400元
    # 第二代残疾人证: ordinal; 一级、二级重度残疾人: grades
    # 三级残疾人: a grade
    M("每年200元", 200, period="year"),              # 定额资助每人每年200元
    M("200元", 200),
    # 四级残疾人: a grade
    M("100元/年", 100, period="year"),
    # 一级至四级残疾人: grades, no range of anything (call 1)
    P("50%", 0.5),                                   # 起付线降低50%: 降低 is a verb outside
    P("5个百分点", 0.05, points=True),
    # 一级、二级重度残疾人: grades
    M("1.2万元", 12000),                             # 由1.2万元降至6000元: two amounts
    M("6000元", 6000),
    # 取消封顶线: no number (封顶 is a qualifier only after a number)
    # 我省: no place
    C("29项", 29, "item"),
    T("0-6岁", (0, 6), "year", age=True),           # an age range with one unit
    M("1.6万元", 16000),                             # 每人每年最高补助1.6万元: 补助 stands between 最高/每年 and the amount
    T("7-17岁", (7, 17), "year", age=True),
    M("每年1.2万元", 12000, period="year"),          # 每人每年1.2万元
    # 一个自然年度: lone 一
    M("超过800元", 800, qualifier="min"),
    P("65%", 0.65),
    M("3000元", 3000),                               # 每人每年最高报销3000元: 报销 stands between
    R("绵阳", MY),                                   # 能否在绵阳享受
    R("四川省", SC),                                 # 四川省内: the province; 内 outside
    # 市(州): no place
    T("6个月", 6, "month"),                          # 居住满6个月: 满 off the list
    R("江油市", JY),
    R("三台县", ST),
    C("7个", 7, "item"),                             # 7个县(市、区)
    # "一站式": lone 一
    # 市医保局: no place
    PH("0816-2356147"),
    # 9:00-17:00: times of day
    R("游仙区", YX, in_org=True),                    # 游仙区政务服务中心: an office's name
    U("https://ybj.mianyang.example.cn/cjr"),
    # 责任编辑:何静: a person
]
