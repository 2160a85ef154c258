from gold_lib import *

LY = "410300"                                       # 洛阳市
SPEC = [
    R("洛阳市", LY),                                # title: the city puts 透析 into 门诊特殊病
    D("2025-07-02", "2025-07-02"),
    R("洛阳", LY, in_org=True),                     # 洛阳日报
    D("2025年8月1日起", "2025-08-01", qualifier="from"),
    R("洛阳市", LY),                                # 洛阳市参保患者: people of the place
    M("每次380元", 380, period="time"),
    M("每次500元", 500, period="time"),
    P("88%", 0.88),
    P("72%", 0.72),
    R("偃师区", "410307"),
    R("孟津区", "410308"),
    C("6个", 6, "item"),                            # 6个县区
    C("23家", 23, "institution"),
    C("约3100人", 3100, "person", qualifier="approx"),
    C("超过156次", 156, "time", qualifier="min"),
    PH("0379-63991215"),
]
