from gold_lib import *

XZ, TS, JS, NJ = "320300", "320312", "320000", "320100"   # 徐州市, 铜山区, 江苏省, 南京市
SPEC = [
    # 装支架从2万多到不足3000元: 2万多 has no 元 after it (nothing)
    M("3000元", 3000),                              # 不足 is not a qualifier
    R("徐州", XZ),
    # 一位: lone 一
    C("两次", 2, "time"),                           # 两次住院账单: two stays (a count, not an ordinal)
    # 彭城晚报: 彭城 is no unit of the gazetteer
    D("2025-07-16", "2025-07-16"),
    R("徐州市铜山区", TS),
    T("63岁", 63, "year", age=True),
    D("2019年3月", "2019-03"),
    # 市里一家三甲医院: lone 一, 三甲 a grade
    C("两个", 2, "item"),
    M("2.6万元", 26000),
    M("43821元", 43821),
    M("1.5万多元", 15000, qualifier="min"),
    D("6月", "--06"),                               # 今年6月: 今年 is not part of it
    C("1个", 1, "item"),
    # “我一听…”: no number; 两根: 根 is no classifier (nothing)
    M("12680.40元", 12680.4),
    M("698元", 698),
    M("500块左右", 500, qualifier="approx"),       # 一共才500块左右
    R("江苏省", JS),                                # 江苏省职工医保政策: a place before a programme
    M("900元", 900),
    M("9856.22元", 9856.22),
    M("2824.18元", 2824.18),
    M("一万二千多元", 12000, qualifier="min"),
    R("徐州市", XZ, in_org=True),                   # 徐州市医疗保障局
    D("2021年1月1日起", "2021-01-01", qualifier="from"),
    R("江苏", JS),
    # 首批: an ordinal; 之一: no classifier
    D("2025年6月底", "2025-06", qualifier="approx"),   # 截至 outside
    C("约4.2万个", 42000, "item", qualifier="approx"),
    M("超过5亿元", 500000000, qualifier="min"),
    M("1.2万元", 12000),                            # 按每个支架平均降价1.2万元: 每个 is no period
    # 仅支架一项: lone 一
    P("九成以上", 0.9, qualifier="min"),
    R("南京", NJ),
    T("3个月", 3, "month"),                         # 术后3个月要回医院复查
    C("两种", 2, "kind"),
    # 一个月: lone 一
    M("100多块", 100, qualifier="min"),
    T("12个月左右", 12, "month", qualifier="approx"),
    R("徐州市", XZ),                                # 徐州市医保服务热线: a place before a programme/service, not an org name
    PH("0516-83736120"),
    PH("12393"),
    # 下半年: no number
    R("徐州市", XZ),                                # 徐州市还将有…: the city
    C("3万人次以上", 30000, "person", qualifier="min"),
    # “国械注准”后面的一串数字: no number
]
