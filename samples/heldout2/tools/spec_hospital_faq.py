from gold_lib import *

YB = "511500"                                      # 宜宾市
SPEC = [
    R("宜宾市", YB, in_org=True),                   # 宜宾市第二人民医院 (page header)
    # breadcrumb 首页 > …: nothing
    D("2024-05-20", "2024-05-20"),                  # 更新时间 (浏览次数:3276 is a bare number)
    R("宜宾市", YB, in_org=True),                   # 宜宾市医疗保障局
    # 三级/二级/一级医院, 三级甲等: hospital grades, nothing
    R("宜宾市", YB),                                # 在宜宾市内…住院 (内 is not part of it)
    M("800元", 800), P("85%", 0.85),
    M("400元", 400), P("90%", 0.9),
    M("200元", 200), P("92%", 0.92),
    P("2个百分点", 0.02, points=True),
    M("800元", 800), P("60%", 0.6),
    M("15万元", 150000),                            # 年度统筹基金最高支付限额为15万元: 为 stands between
    T("65周岁以上", 65, "year", age=True, qualifier="min"),
    T("4年", 4, "year"),                            # 连续参保满4年: 满 is no qualifier
    P("5个百分点", 0.05, points=True),
    # 一个年度: lone 一
    C("两次", 2, "time"),                           # 住院两次
    C("两次", 2, "time"),                           # 起付线要交两次吗
    # 一个自然年度: lone 一; 第二次及以后: an ordinal
    P("50%", 0.5),
    T("15天", 15, "day"),                           # 间隔不到15天: 不到 is no qualifier on the list used
    # 视为一次住院: lone 一
    R("南溪区", "511503"), R("江安县", "511523"),
    R("长宁县", "511524"),                          # 宜宾's county (上海 has a 长宁区)
    P("10个百分点", 0.1, points=True),
    M("3000元", 3000),                              # 预交金一般为3000元
    M("1万元", 10000),
    T("15天以上", 15, "day", qualifier="min"),
    T("30天", 30, "day"),                           # 住院满30天
    R("四川", "510000", in_org=True),               # “四川医保”微信公众号
    # 一楼: a floor, nothing
    T("6个月", 6, "month"),
    P("20个百分点", 0.2, points=True),
    R("成都", "510100"), R("重庆", "500000"),       # the question
    R("成都", "510100"), R("重庆", "500000"),       # the answer
    T("3个月", 3, "month"),                         # 出院后3个月内
    T("10个工作日", 10, "workday"),
    PH("120"),                                      # 拨打120急救电话
    T("24小时", 24, "hour"),
    U("https://www.ybey.example.cn/yygh/index_2024.html"),   # 2024 inside a URL: not a date
    PH("0831-8225120"),                             # ends in 120: one fixed number, not a 120 inside it
    # 工作日8:00-12:00,14:30-17:30: 工作日 has no number; times of day
    PH("0831-8225000"),                             # 医院总机
    R("宜宾市翠屏区", "511502"),                    # 北大街96号: street and house number, nothing
    R("宜宾市", YB, in_org=True),                   # 版权所有:宜宾市第二人民医院; 蜀ICP备10201359号: a licence number
]
