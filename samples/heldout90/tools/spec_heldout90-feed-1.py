from gold_lib import *

JS = "320000"
SPEC = [
    R("江苏", JS),                                  # 【速览】江苏36项…: the province, plain
    C("36项", 36, "item"),
    D("1月1日起", "--01-01", qualifier="from"),     # 明年1月1日起: 明年 is not part of it
    R("江苏省", JS, in_org=True),                   # 江苏省医疗保障局
    D("12月10日", "--12-10"),
    C("24项", 24, "item"),
    C("12项", 12, "item"),
    P("5%", 0.05),                                  # 降幅5%-10%: two percents
    P("10%", 0.1),
    # 三级医院: a grade
    M("10元/次", 10, period="time"),
    M("15元/次", 15, period="time"),
    P("不超过2%", 0.02, qualifier="max"),
    U("https://ybj.jiangsu.example.gov.cn/art/2025/12/10/art_123_4567.html"),   # the numbers and jiangsu inside the URL: nothing
]
