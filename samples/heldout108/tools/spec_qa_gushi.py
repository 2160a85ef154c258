from gold_lib import *

GSH, XY = "411525", "411500"   # 固始县, 信阳市
SPEC = [
    R("固始县", GSH, in_org=True),                  # 固始县医保局答乡亲十问 (title): a place + office word; 十问: 问 is no classifier
    R("固始县", GSH, in_org=True),                  # 编者按:…固始县医保局的同志
    # 陈淋子镇, 三河尖镇: townships (三河 in 三河尖镇 is part of a longer name, not 三河市)
    C("十个", 10, "item"),                          # 十个问题
    # 一般诊疗费一次10块: 一次 is no period word (the guidelines' per-visit words are 每次 / 每人次 / /次), and 一 here is "one visit"
    M("10块", 10),
    M("9块", 9),
    M("1块", 1),                                    # 1块钱: 钱 outside the span
    P("六成", 0.6),
    M("每次5元", 5, period="time"),                 # 挂号费是每次5元 (县医院: a generic hospital, no place)
    # 一年最多能报多少: lone 一; 最多 does not touch an amount
    M("150元", 150),                                # 一年最多报150元: 报 stands between 最多 and the amount; 一年 (here and in 一年加起来): lone 一
    M("100元", 100),
    M("不超过250块", 250, qualifier="max"),
    T("七十多岁", 70, "year", age=True, qualifier="min"),   # 多 before the unit → min
    T("65岁以上", 65, "year", age=True, qualifier="min"),
    C("4次", 4, "time"),                            # 每年上门随访4次: counts take no period
    P("10个百分点", 0.1, points=True),
    P("20%", 0.2),
    DR("2025年9月1日到12月31日", "2025-09-01", "2025-12-31"),
    M("400元", 400),                                # 每人交400元: 每人 is no period
    # 五保户、低保户: no numbers (五保 is a programme name)
    T("90天", 90, "day"),                           # 出生后90天内: 内 is not 以内
    T("3个月", 3, "month"),                         # 过了3个月
    T("30天", 30, "day"),                           # 等满30天: 满 is off the list
    M("十块", 10),                                  # "一般诊疗费"是十块
    M("一块", 1),                                   # 俺只掏了一块: an amount of one yuan (the lone-一 rule is for counts and durations)
    M("十块", 10),                                  # 十块里头: the ten yuan of the fee
    M("九块", 9),
    M("一块", 1),                                   # 您出一块
    R("信阳市", XY),                                # 到信阳市里的大医院: a place, plain
    # 三级医院: a hospital grade
    M("1000元", 1000),
    P("55%左右", 0.55, qualifier="approx"),
    M("500元", 500),                                # 县里的医院起付线500元
    P("70%", 0.7),
    PH("0376-4921365"),
    PH("12393"),
    R("固始县", GSH, in_org=True),                  # (固始县医疗保障局供稿
    D("2025年2月18日", "2025-02-18"),
]
