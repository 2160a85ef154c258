from gold_lib import *

CD = "510100"                                        # 成都市
SPEC = [
    R("成都市锦江区", "510104", in_org=True),       # 成都市锦江区康泰大药房: a pharmacy's name
    # (第2版): an edition number; 春熙路店, 东大街店: streets, no places
    R("成都", CD, in_org=True),                     # 康泰大药房(成都)东大街店: a place in brackets inside a shop's name
    # 1. 2. 3.: list numbers
    T("不少于1秒", 1, "second", qualifier="min"),    # 每次扫码间隔不少于1秒 (每次 is a period only for money)
    # 20位数字, 以"8"开头: digits of a code, no count
    # 81234567890123456789 and its split form 8123 4567 8901 2345 6789: example codes, nothing
    # (not phones, not counts, not dates)
    C("3盒", 3, "piece"),                          # 阿莫西林胶囊: 西林 (a county's short name) is part of a drug's name, no place
    # 国药准字H51021234, 批号240915: approval and batch numbers, nothing
    C("3个", 3, "item"),                            # 3个不同的追溯码
    # 一码多扫: lone 一
    C("1次", 1, "time"),                            # 扫码1次: the digit 1 is no lone 一 (set 1 call 13)
    # 81098765432120250301 and "20250301" inside it: a code, no date (the page itself says so)
    P("95%以上", 0.95, qualifier="min"),
    P("85%", 0.85),                                 # 低于85%: 低于 is not on the qualifier list
    M("200元", 200),                                # 每月扣减绩效200元: 扣减绩效 stands between 每月 and the amount: no period
    D("2024年12月", "2024-12"),
    P("96.7%", 0.967),
    # 第12位: a rank (ordinal), nothing
    # 一个追溯码对应一盒药: lone 一
    T("24小时", 24, "hour"),                        # 24小时内: 内 no qualifier
    M("约380元", 380, qualifier="approx"),          # 每台约380元: 每 + classifier, no period
    R("四川省", "510000", in_org=True),             # 四川省医保局
    R("成都市", CD, in_org=True),                   # 成都市医保局定点药店服务热线
    PH("028-86627315"),
    PH("139 8172 4456"),
    PH("12345"),
]
