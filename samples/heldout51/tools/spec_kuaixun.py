from gold_lib import *

GYC, LZ, YD, YZ, XM = "520100", "620100", "620121", "620123", "350200"   # 贵阳市, 兰州市, 永登县, 榆中县, 厦门市
DOCS = {
    "heldout51-kx-1": [
        R("贵阳", GYC),                             # 【快讯】贵阳: a dateline place, plain
        DR("1-2月", "--01", "--02"),
        P("11.2%", 0.112),                          # 同比增长 (a verb) outside
        R("贵阳市", GYC, in_org=True),              # 贵阳市医疗保障局
        D("3月5日", "--03-05"),
        DR("2026年1-2月", "2026-01", "2026-02"),
        M("28.6亿元", 2860000000),
        P("11.2%", 0.112),
        P("2.4个百分点", 0.024, points=True),
        M("31.4亿元", 3140000000),
        P("2.7%", 0.027),                           # 同比增长-2.7%: the sign is outside (call 3)
        P("18%", 0.18),
        P("23%", 0.23),
        # 上升5pct: shorthand for 个百分点, nothing (call 8)
        P("3.5%", 0.035),
        M("8,960元", 8960),
        P("5.1%", 0.051),
        P("0.9个百分点", 0.009, points=True),
        C("3,108家", 3108, "institution"),
        P("约千分之八", 0.008, qualifier="approx"), # per mille in words (call 1); 约 touches it
        PH("0851-85823316"),
    ],
    "heldout51-kx-2": [
        R("兰州", LZ),                              # 【快讯】兰州: a dateline place, plain
        M("30元", 30),
        R("兰州市", LZ),                            # 兰州市2026年度城乡居民医保…: a place before a programme
        D("2026年度", "2026"),
        M("每年430元", 430, period="year"),         # 每人每年430元 (set 1 call 2)
        M("30元", 30),
        P("7.5%", 0.075),
        M("每年730元", 730, period="year"),         # 不低于每人每年730元: 每人 between 不低于 and the amount: no qualifier
        # 负担比例约为1:1.7: a ratio, nothing (call 2)
        D("3月10日", "--03-10"),                    # 截至 outside
        C("218.5万人", 2185000, "person"),
        P("九成四", 0.94),                          # N成M in words (call 5)
        P("3.2个百分点", 0.032, points=True),
        P("70%", 0.7),
        P("100%", 1.0),
        M("600元", 600),
        M("800元", 800),
        P("三分之一", 0.3333333333333333),          # 提高了三分之一: a relative change in a word fraction
        P("七成", 0.7),
        M("35元/次", 35, period="time"),            # 每次限额35元/次: 每次 does not touch (限额 between); /次 does
        R("永登县", YD),
        R("榆中县", YZ),
    ],
    "heldout51-kx-3": [
        R("厦门", XM),                              # 【快讯】厦门: a dateline place, plain
        # 一周年: lone 一; 逾四成: 逾 is not on the shared list
        P("四成", 0.4),
        D("3月18日", "--03-18"),
        R("厦门市", XM, in_org=True),               # 厦门市医保局
        # 一周年: lone 一
        C("6,852名", 6852, "person"),
        M("1.36亿元", 136000000),
        M("80元/床日", 80, period="day"),           # guidelines: a bed-day fee, /床日 in the span
        M("每月1500元", 1500, period="month"),      # 每人每月1500元 (set 1 call 2)
        P("70%", 0.7),                              # 70%~75%: two mentions
        P("75%", 0.75),
        P("41.6%", 0.416),
        P("0.2%", 0.002),
        # 按1∶1分担 (U+2236): a ratio, nothing (call 2)
        P("千分之一", 0.001),                       # (call 1)
        P("万分之十", 0.001),                       # per ten thousand in words (call 1)
        P("63.8%", 0.638),
        P("4.6%", 0.046),                           # 同比−4.6% (U+2212): the sign is outside (call 3)
        C("28家", 28, "institution"),
        C("56家", 56, "institution"),
        # 翻了一番: a doubling (a multiple), nothing (call 4)
        PH("0592-5306128"),                         # 转3: an extension, outside (set 3 call 7)
        E("changhu@xmyb.example.cn"),
    ],
}
