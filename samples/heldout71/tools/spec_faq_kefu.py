from gold_lib import *

SH, HZ, GZ, SZ, WH, CD = "310000", "330100", "440100", "440300", "420100", "510100"
ZJ, JS = "330000", "320000"                         # 浙江省, 江苏省
SPEC = [
    D("2025-06-10", "2025-06-10"),                  # 更新于 2025-06-10
    # Q1 … Q8: question numbers, nothing
    R("上海", SH),                                  # a municipality: province level
    R("杭州", HZ),
    R("广州", GZ),
    R("深圳", SZ),
    R("武汉", WH),
    R("成都", CD),
    C("56个", 56, "item"),                          # <strong>56</strong>个城市
    T("7个工作日", 7, "workday"),                   # <b>7个工作日</b>内
    T("1-3个工作日", (1, 3), "workday"),
    D("次月15日前", "---15", relative_to="next_month", qualifier="until"),
    M("¥86.50", 86.5),                              # 订单合计&yen;86.50: 合计 is not on the list
    M("¥4.00", 4),
    # 22:00后: a time of day with 后, nothing
    M("¥8.00", 8),
    # “满99减10”: no currency unit (call 1)
    M("8元", 8),                                    # 新人立减8元
    P("5%", 0.05),                                  # “返现5%”: a cash-back rate
    # 一单: lone 一
    M("1000元", 1000),                              # 上限为<span>1000</span>元: 为 stands between 上限 and the amount
    C("不超过3盒", 3, "piece", qualifier="max"),    # 每月累计不超过3盒: 累计 between 每月 and the count
    T("6个月", 6, "month"),                         # 6个月内开具: 内 not a qualifier
    M("最低1元", 1, qualifier="min"),               # 问诊费最低1元
    R("浙江", ZJ),
    R("江苏", JS),
    C("最多5人", 5, "person", qualifier="max"),     # 绑定家庭成员最多5人
    T("24小时", 24, "hour"),                        # 全天24小时在线
    PH("400-812-3456"),                             # link text; the href's tel:4008123456 is no text
    # 9:00-21:00: times; (节假日照常): 日照 straddles 假日|照常, no place
    E("kefu@yiyao.example.com"),
    C("12.6万次", 126000, "time"),                  # 本页浏览 12.6万次: views counted with 次 (set 28 app store: 86万次)
    # 有帮助 3258: a bare counter
]
