from gold_lib import *

MO, JM = "820000", "440700"                          # 澳门特别行政区, 江门市
MACAU_LINE = m("phone", "2833 5566", "+85328335566", kind="fixed")   # a Macau 8-digit number after 澳门 (guidelines)

SPEC = [
    # Written in Simplified, converted with `opencc -c s2hk.json`; normalised with t2s (衞 stays as it is in 衞生局)
    R("澳门", MO, in_org=True),                      # 澳门湾区时报: the outlet's name (set 1 call 7); 大湾区: no place; 民生
    R("澳门", MO),                                   # headline: 澳门居民 (a place before a group of people)
    R("江门", JM),
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),              # 每人每年400元
    D("2025年11月16日", "2025-11-16"),               # 09:18: a time of day
    R("江门", JM),                                   # 江门报道 (the dateline place); 本报记者 李某
    R("江门市", JM, in_org=True),                    # 江门市医疗保障局
    D("2026年度", "2026"),
    R("江门", JM),                                   # 在江门居住
    # 港澳居民居住证: 港/澳 are one-character abbreviations; 内地: no place
    R("澳门", MO),
    DR("2025年10月1日至12月31日", "2025-10-01", "2025-12-31"),
    M("每年400元", 400, period="year"),              # 每人每年400元人民币: the unit is 元, 人民币 outside
    M("约460澳门元", 460, currency="MOP", qualifier="approx"),   # 折合约460澳门元 (a draft had 约合460澳门元: rewritten)
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    R("江门市", JM, in_org=True),                    # 江门市医保局
    R("澳门", MO),                                   # 参保澳门居民
    R("江门", JM),                                   # 在江门定点医院: a generic description, not a name (set 1 call 7)
    # 一级医院 / 三级医院: hospital grades
    P("90%", 0.9),
    P("65%", 0.65),
    M("30万元", 300000),                             # 年度最高支付限额30万元: 最高 does not touch
    P("约五成", 0.5, qualifier="approx"),
    M("100元", 100),                                 # 每次就诊统筹基金最高支付100元: neither 每次 nor 最高 touches
    D("2026年起", "2026", qualifier="from"),
    R("蓬江区", "440703"),
    R("新会区", "440705"),
    R("台山市", "440781"),
    C("32家", 32, "institution"),
    R("澳门", MO),                                   # 澳门居民熟悉的「医保电子凭证」
    D("10月底", "--10", qualifier="approx"),         # 截至今年10月底: 今年 is no date
    R("江门", JM),
    C("3200余名", 3200, "person", qualifier="min"),  # 余 between the number and its unit (guidelines)
    R("澳门", MO),
    P("约三成", 0.3, qualifier="approx"),            # 较去年增长约三成: 去年 no date
    R("台山", "440781"),                             # short name of 台山市 (only one unit has it)
    R("澳门", MO),                                   # 澳门长者
    R("澳门", MO),                                   # 回澳门看病
    T("2个多小时", 2, "hour", qualifier="min"),      # 多 between 2个 and 小时: from the number to the unit, min
    P("七成左右", 0.7, qualifier="approx"),
    R("广东省", "440000", in_org=True),              # 广东省医疗保障局
    R("澳门", MO),
    R("珠海", "440400"),
    R("中山", "442000"),                             # 中山: 中山市 (city) over 大连's 中山区 (county), and in 大湾区
    T("3个月", 3, "month"),                          # 连续缴费满3个月: 满 outside
    T("3个月", 3, "month"),                          # 3个月待遇等待期
    R("江门", JM),                                   # 江门医保服务热线: a place before a programme's hotline, no org
    PH("0750-3283456"),
    R("澳门", MO, in_org=True),                      # 澳门特区政府卫生局: a government office
    MACAU_LINE,
    # 责任编辑:王某: nothing
]
