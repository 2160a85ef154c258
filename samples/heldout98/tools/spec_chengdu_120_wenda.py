from gold_lib import *

CD, SC, CQ, LS = "510100", "510000", "500000", "540100"   # 成都市, 四川省, 重庆市, 拉萨市
SPEC = [
    # 【医保问答】: a column label
    PH("120"),                                      # 坐120救护车: 120 names the hotline (call 1)
    R("成都", CD, in_org=True),                     # 来源:成都医保: an account's name
    D("2025年9月12日", "2025-09-12"),               # 08:30 a time; 阅读 1.2万: a counter with no unit
    PH("12345"),                                    # 12345热线
    R("成都", CD, in_org=True),                     # "成都医保"微信公众号
    PH("120"),                                      # 叫了120救护车
    R("成都市", CD, in_org=True),                   # 成都市医疗保障局; 一一: nothing
    # 问1 … 问5: list labels
    PH("120"),                                      # 120急救费用
    R("成都市", CD, in_org=True),                   # 成都市急救指挥中心; 一次: lone 一
    # 10公里左右: a distance, no mention (call 2)
    M("150元", 150),                                # 大约在150元至300元之间: 大约 does not touch; two units → two amounts
    M("300元", 300),
    R("四川省", SC, in_title=True),                 # 《四川省基本医疗保险诊疗项目目录》
    T("24小时", 24, "hour"),                        # 24小时内: 内 is not a qualifier
    # 三级医院: a grade
    P("85%", 0.85),
    P("70%", 0.7),
    M("3000元", 3000),                              # 年度限额3000元: 限额 is not on the list
    m("phone", "999", "999", kind="service"),       # 拨打999: a short emergency number (call 4)
    R("成都", CD),
    PH("120"),                                      # 统一拨打120
    m("phone", "96120", "96120", kind="service"),   # 拨打96120预约: a local short service number (call 4)
    M("5元", 5),                                    # 每公里5元: no period
    PH("110"),
    PH("119"),
    PH("120"),
    R("重庆", CQ),
    R("西藏拉萨", LS),                              # a chain, one mention
    T("6个月", 6, "month"),                         # 6个月内
    R("成都", CD),
    T("10个工作日左右", 10, "workday", qualifier="approx"),
    PH("028-61888120"),                             # 9:00-17:00: times
    R("成都市", CD, in_org=True),
]
