from gold_lib import *

WH, HB = "420100", "420000"                         # 武汉市, 湖北省
SPEC = [
    R("武汉市", WH, in_org=True),                   # 武汉市医疗保障局
    R("武汉市", WH, in_org=True),                   # 武汉市财政局
    R("武汉市", WH, in_org=True),                   # 武汉市卫生健康委员会
    # 一、… 六、: list numbers
    T("18周岁", 18, "year", age=True),              # 年满18周岁: 年满 is not a qualifier
    D("2021年7月起", "2021-07", qualifier="from"),
    T("12-17岁", (12, 17), "year", age=True),
    M("不超过93元", 93, qualifier="max"),          # 每剂次: 每 + a classifier (剂次), no period (call 1)
    M("20元", 20),                                  # 每剂次20元 (call 1)
    # 资金安排: 金安 (金安区 of 六安) straddles 资金|安排, no place
    D("2021年", "2021"),
    M("约16.8亿元", 1680000000, qualifier="approx"),
    M("约13.5亿元", 1350000000, qualifier="approx"),
    M("约3.3亿元", 330000000, qualifier="approx"),
    P("100%", 1),
    R("湖北省", HB, in_org=True),                   # 湖北省疾病预防控制中心
    M("4.2亿元", 420000000),                        # 首批: no number
    DR("2021年3月15日至6月30日", "2021-03-15", "2021-06-30"),
    # 第一阶段: an ordinal
    C("9类", 9, "kind"),
    D("7月1日起", "--07-01", qualifier="from"),
    # 两剂次: 剂次 is no classifier of the list (剂 touches the number), nothing (call 5)
    T("3至8周", (3, 8), "week"),
    T("30分钟", 30, "minute"),
    D("2021年6月30日", "2021-06-30"),               # 截至 outside
    # 1,286.7万剂次: 剂 is no classifier of the list, nothing (call 5)
    P("约72%", 0.72, qualifier="approx"),
    R("江岸区", "420102"),
    R("武昌区", "420106"),
    R("洪山区", "420111"),
    C("36个", 36, "item"),
    C("312家", 312, "institution"),
    # 37.3℃: a temperature (call 3)
    T("3天", 3, "day"),                             # 接种前3天内: 内 not a qualifier
    PH("027-85551234"),
    PH("12345"),
    E("whybyimiao@example.gov.cn"),
    R("武汉市", WH, in_org=True),
    D("2021年3月12日", "2021-03-12"),
]
