from gold_lib import *

LZ = "450200"
SPEC = [
    R("柳州市", LZ),                                 # title: a topic, not in_org
    D("2025年度", "2025"),
    D("2025-01-15", "2025-01-15"),
    R("柳州市", LZ, in_org=True),                    # 来源:柳州市医疗保障局
    R("广西壮族自治区", "450000", in_title=True, in_org=True),
    R("柳州市", LZ),
    D("2025年度", "2025"),
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    # rowspan/colspan table: each cell its own line; 一级/二级/三级 are hospital levels (nothing)
    M("200元", 200), M("100元", 100), P("90%", 0.9), P("93%", 0.93),
    M("500元", 500), M("250元", 250), P("87%", 0.87), P("90%", 0.9),
    M("800元", 800), M("400元", 400), P("85%", 0.85), P("88%", 0.88),
    M("100元", 100), P("85%", 0.85),                 # 减半: no number (rowspan cell)
    M("400元", 400), P("75%", 0.75),
    M("900元", 900), P("60%", 0.6),
    M("50万元", 500000), M("25万元", 250000),      # 最高支付50万元: 支付 stands between, no qualifier
    # 注:1. 2. 3. are list numbers; 自治区外 names no place; 第二次 an ordinal
    P("70%", 0.7),
    P("20个百分点", 0.2, points=True),
    M("0元", 0),
    P("5个百分点", 0.05, points=True),
    P("3个百分点", 0.03, points=True),
    P("50%", 0.5),                                   # 降低50%: a verb before it
    P("3个百分点", 0.03, points=True),
    D("2024年底", "2024", qualifier="approx"),
    R("柳州市", LZ),
    C("1126家", 1126, "institution"),
    R("城中区", "450202"),                          # after 柳州市: 柳州's 城中区, not 西宁's
    R("鱼峰区", "450203"), R("柳江区", "450206"), R("柳城县", "450222"),
    C("412家", 412, "institution"),
    D("2024年", "2024"),
    C("87.6万人次", 876000, "person"),
    M("约41.3亿元", 4130000000, qualifier="approx"),
    P("86.2%", 0.862), P("71.5%", 0.715),
    T("4年", 4, "year"),                             # 满4年后: 满 and 后 are not qualifiers
    T("1年", 1, "year"),                             # 每多参保1年 (digit 1, not a lone 一)
    M("1万元", 10000),
    T("90天", 90, "day"),
    PH("0772-2826512", city="柳州市"),               # 0772 is shared with 来宾市: the article's city
    PH("12393"),
]
