from gold_lib import *

YZ, JD, GY = "321000", "321012", "321084"          # 扬州市, 江都区, 高邮市
NJ, SZ = "320100", "320500"                         # 南京市, 苏州市
SPEC = [
    R("扬州市", YZ, in_title=True),                 # 关于《扬州市…(征求意见稿)》的起草说明
    # 一、… 四、 and (一)…(五): section numbers
    D("2021年", "2021"),
    R("扬州市", YZ, in_title=True),                 # 《扬州市职工基本医疗保险普通门诊统筹暂行办法》
    # 扬医保发〔2021〕45号: a document number
    C("1862.4万人次", 18624000, "person"),
    M("9.73亿元", 973000000),
    D("2025年9月底", "2025-09", qualifier="approx"),   # 截至 before it is a preposition
    C("142.6万人", 1426000, "person"),
    C("38.9万人", 389000, "person"),
    D("2025年12月31日止", "2025-12-31", qualifier="until"),   # 有效期至…止: one date, 至 a preposition (earlier sets)
    D("2024年", "2024"),
    R("江都区", JD), R("高邮市", GY),               # 先行开展…试点: plain
    P("12.7%", 0.127),
    M("1000元", 1000), M("700元", 700),             # 由1000元调整为700元: two amounts, before and after
    M("800元", 800), M("500元", 500),
    R("南京", NJ), R("苏州", SZ),                   # 省内 is no place
    P("60%", 0.6), P("65%", 0.65),                  # 由60%提高到65%: two percents
    P("70%", 0.7), P("75%", 0.75),
    P("5个百分点", 0.05, points=True),
    P("50%", 0.5), P("60%", 0.6),                   # 维持50%、60%不变
    M("2500元", 2500), M("3000元", 3000),           # 从2500元调整为3000元
    M("3500元", 3500), M("4000元", 4000),
    T("5年", 5, "year"),                            # 满5年
    M("200元", 200),                                # 每年增加200元: 增加 between
    M("不超过1000元", 1000, qualifier="max"),
    M("每月120元", 120, period="month"),
    M("每月90元", 90, period="month"),
    D("2025年1月1日前", "2025-01-01", qualifier="until"),
    M("每月95元", 95, period="month"),
    P("20个百分点", 0.2, points=True),
    P("10个百分点", 0.1, points=True),
    M("约1.6亿元", 160000000, qualifier="approx"),
    P("4.2%左右", 0.042, qualifier="approx"),
    T("12个月以上", 12, "month", qualifier="min"),  # 可支付月数保持在12个月以上
    C("约52万人", 520000, "person", qualifier="approx"),
    M("约310元", 310, qualifier="approx"),          # 人均年减负约310元: 年 does not touch as 每年 would; no period
    C("1126家", 1126, "institution"),
    C("2380家", 2380, "institution"),
    P("超过80%", 0.8, qualifier="min"),             # 超过 is on the shared list
    DR("2025年8月至9月", "2025-08", "2025-09"),
    C("6次", 6, "time"),
    C("27条", 27, "item"),
    C("19条", 19, "item"),
    C("5条", 5, "item"),
    C("3条", 3, "item"),
    # 市财政局, 市卫生健康委, 各县(市、区), 市政府: no place names
    R("扬州市", YZ, in_org=True),                   # signature
    D("2025年10月", "2025-10"),
]
