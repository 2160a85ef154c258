from gold_lib import *

YX = "530400"   # 玉溪市
SPEC = [
    R("玉溪市", YX),                                # title: a place before a topic (a quiz), no org
    D("2025年", "2025"),                            # “医保政策进万家”: a slogan, 万家 no count
    # 单位/姓名/得分 blanks; 12题 (题 no classifier), 每题5分, 满分60分 (scores): nothing
    T("30分钟", 30, "minute"),
    # 一、二、三、 and 1.…12.: list numbers; A、B、C、D、: option letters
    R("玉溪市", YX),                                # 玉溪市城乡居民基本医疗保险: a programme, not in_org
    D("2026年度", "2026"),
    # 每人每年( ): a period word with no amount, nothing
    M("350元", 350),
    M("380元", 380),
    M("400元", 400),
    M("420元", 420),
    D("2026年度", "2026"),
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    DR("2025年10月1日至2026年2月28日", "2025-10-01", "2026-02-28"),
    DR("2026年1月1日至3月31日", "2026-01-01", "2026-03-31"),
    # D.全年均可: no date
    T("30天", 30, "day"),
    T("60天", 60, "day"),
    T("90天", 90, "day"),
    T("6个月", 6, "month"),
    # 一级医疗机构: a hospital level
    P("80%", 0.8),
    P("85%", 0.85),
    P("90%", 0.9),
    P("95%", 0.95),
    M("1万元", 10000),
    M("1.2万元", 12000),
    M("1.5万元", 15000),
    M("2万元", 20000),
    PH("12345"),                                    # options of a question on hotline numbers: each a service number
    PH("12393"),
    PH("12333"),
    PH("120"),
    T("65周岁", 65, "year", age=True),              # 年满65周岁: 满 is no qualifier
    R("玉溪市", YX),                                # 玉溪市门诊慢特病病种: a programme
    R("昆明市", "530100"),
    T("4年", 4, "year"),                            # 满4年 → 4年 (guidelines)
    T("1年", 1, "year"),                            # 每多参保1年
    M("1万元", 10000),
    R("红塔区", "530402"),
    # 参考答案 1.C … 12.×: list numbers and answer letters; 第5题, 第9题: ordinals
    D("2025年起", "2025", qualifier="from"),
    R("玉溪市", YX),                                # 玉溪市大病保险起付线: a programme
    M("1.5万元", 15000),
    P("60%", 0.6),                                  # 60%至80%: two percents
    P("80%", 0.8),
    R("云南省", "530000"),                          # 云南省内: 内 outside
    # 跨州(市): no place
    R("玉溪市", YX, in_org=True),                   # 出题单位:玉溪市医疗保障局
    D("2025年8月", "2025-08"),
    PH("0877-2028316"),
]
