from gold_lib import *

NJ, JS = "320100", "320000"                          # 南京市, 江苏省
SPEC = [
    R("南京市", NJ, in_org=True),                   # 南京市医疗保障局 (header)
    R("南京市", NJ, in_org=True),                   # 南京市卫生健康委员会
    # 宁医保发〔2025〕27号: a document number (宁 a one-character abbreviation), nothing
    R("江苏省", JS, in_title=True),                 # 《江苏省中医药条例》: a law's title, not an organisation
    # 我市: no place. 一、/(一)/(二)/(三): section numbers
    # 我市中医: 市中 (市中区's short name) is part of 我市+中医, no place
    M("每次18元", 18, period="time"),               # 由每次18元: 由 before the period word, which touches
    M("每次24元", 24, period="time"),
    M("20元/次", 20, period="time"),
    M("26元/次", 26, period="time"),
    M("30元/次", 30, period="time"),
    M("每次45元", 45, period="time"),
    M("不超过60元/次", 60, period="time", qualifier="max"),
    C("1次", 1, "time"),                            # 每日限1次: digit 1 is no lone 一 (set 1 call 13)
    M("8元", 8),                                    # 艾灸(每穴位)8元: 每穴位 in brackets, no period
    M("5元", 5),                                    # 每罐5元: 每 + a classifier, no period (set 23 call 7)
    M("每次40元", 40, period="time"),
    # 三级医院/二级医院/一级及以下: hospital levels, nothing (及以下 qualifies a level, not a number)
    P("90%", 0.9),
    P("80%", 0.8),
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    C("826种", 826, "kind"),
    C("312种", 312, "kind"),
    C("514种", 514, "kind"),
    C("27种", 27, "kind"),
    P("5个百分点", 0.05, points=True),
    P("70%", 0.7),
    P("75%", 0.75),
    P("55%", 0.55),
    P("60%", 0.6),
    M("每年4000元", 4000, period="year"),           # 最高支付限额不变: 最高 does not touch
    C("12家", 12, "institution"),
    C("18个", 18, "item"),
    T("7-14天", (7, 14), "day"),
    P("不低于70%", 0.7, qualifier="min"),
    # 不超过200克, 30克, 10克, 9克, 30克: weights (克), a quantity in another unit: nothing (call 1)
    # "三钱", "一两": traditional weights; 钱 is no currency unit here and 两 is a weight: nothing (call 1)
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    D("2027年6月30日", "2027-06-30"),               # 有效期至…: 至 a preposition, no range
    R("南京市", NJ, in_org=True),                   # 南京市医疗保障局医药服务处
    PH("025-83456721"),
    PH("12393"),
    # 附件:1. / 2.: list numbers
    R("南京市", NJ),                                # 南京市中医医疗服务项目价格表: a place before a topic (an annex title without 《》)
    D("2025年", "2025"),                            # (2025年版)
    R("南京市", NJ, in_org=True),                   # signature
    R("南京市", NJ, in_org=True),
    D("2025年6月18日", "2025-06-18"),
]
