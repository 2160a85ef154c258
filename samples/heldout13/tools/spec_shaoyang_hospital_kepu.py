from gold_lib import *

SY, HN, DX, SQ, BT = "430500", "430000", "430503", "430502", "430511"   # 邵阳市, 湖南省, 大祥区, 双清区, 北塔区
# Clinical measurements are quantities in units the guidelines do not have (call 1): 150/95mmHg, 140mmHg,
# 90mmHg, 130/80mmHg以下 (以下 qualifies nothing), 7.8mmol/L, 7.0mmol/L, 11.1mmol/L, 4.4-7.0mmol/L,
# 16.7mmol/L, BMI 27.3, 18.5-23.9 (no unit), 38.5℃以上, 5克, 90厘米, 85厘米: no mentions of any type.
# 150/95 is no date either; the 1 in HbA1c is part of a name.  比如 (比如县's short name) is a common word.  2型 (型 no classifier), "三高", "两病" (病 no classifier): nothing.
SPEC = [
    R("邵阳市", SY, in_org=True),                   # 邵阳市中心医院 (breadcrumb)
    D("2025-03-12", "2025-03-12"),                 # 发布日期; 点击:1046 a counter
    T("62岁", 62, "year", age=True),
    C("3次", 3, "time"),                           # 非同日3次测量
    T("2小时", 2, "hour"),                         # 餐后2小时血糖: a real duration
    P("6.5%", 0.065),                              # HbA1c ≥6.5%: a percent by the letter (call 1); ≥ is no qualifier word
    T("18岁及以上", 18, "year", age=True, qualifier="min"),
    P("27.5%", 0.275),
    P("51.6%", 0.516),
    P("12.4%", 0.124),
    R("湖南省", HN),                                # 湖南省城乡居民医保参保人: a topic
    # 二级及以上医院: a hospital level
    P("50%", 0.5),
    M("300元", 300),
    M("400元", 400),
    C("两种", 2, "kind"),
    M("600元", 600),
    M("约180元", 180, qualifier="approx"),          # 每月降压药…费用约180元: 每月 does not touch
    M("约2160元", 2160, qualifier="approx"),
    P("50%", 0.5),
    M("1080元", 1080),
    M("600元", 600),
    M("约1560元", 1560, qualifier="approx"),
    M("60元左右", 60, qualifier="approx"),
    # 一年下来: lone 一
    M("200元", 200),                               # 不到200元: 不到 is not on the shared list (set 2 call 7)
    R("邵阳市大祥区", DX),                          # a chain
    R("双清区", SQ),
    R("北塔区", BT),
    T("至少150分钟", 150, "minute", qualifier="min"),   # 每周 is a period word for money only
    T("30分钟", 30, "minute"),
    T("5天", 5, "day"),                            # 每周5天
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    T("3个月", 3, "month"),
    C("1次", 1, "time"),                           # digit 1 is no lone 一 (set 1 call 13)
    T("超过24小时", 24, "hour", qualifier="min"),
    # 周一至周六 (weekdays), 8:00-12:00, 14:30-17:30: times of day
    PH("0739-5353120"),
    PH("0739-5353288"),
    R("邵阳市", SY, in_org=True),                   # "邵阳市中心医院"微信公众号
    PH("12320"),
]
