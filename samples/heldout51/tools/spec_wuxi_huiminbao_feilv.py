from gold_lib import *

WX, JS = "320200", "320000"                         # 无锡市, 江苏省
SPEC = [
    # “锡惠保”2026版: a product name; 2026版 a version (no 年): nothing; 锡 a one-character abbreviation
    R("无锡市", WX),                                # (无锡市城市定制型商业医疗保险): a place before a programme
    R("无锡", WX),                                  # 某财产保险股份有限公司无锡分公司: 某 anonymises the company, so its branch names no body either: plain (call 12)
    # 共保比例为6:4: a ratio of shares, nothing (call 2)
    DR("2025年11月1日至2026年1月31日", "2025-11-01", "2026-01-31"),
    DR("2026年1月1日至12月31日", "2026-01-01", "2026-12-31"),
    # (单位:元/人/年,一人一价): a unit in the header with no number; 一人 a lone 一
    T("0-17周岁", (0, 17), "year", age=True),
    M("69元", 69),                                  # 69元/人: /人 is a classifier, no period (set 9 call 5): the span stops at 元
    T("18-59周岁", (18, 59), "year", age=True),
    M("89元", 89),                                  # 89元/人
    T("60-79周岁", (60, 79), "year", age=True),
    M("129元", 129),
    P("九五折", 0.95),                              # a discount: the share paid (set 12 call 3)
    M("122.55元", 122.55),
    T("80周岁及以上", 80, "year", age=True, qualifier="min"),
    M("129元", 129),
    P("八八折", 0.88),
    M("113.52元", 113.52),
    # 二、赔付比例: header (既往症人群) nothing
    M("1.5万元", 15000),
    P("80%", 0.8),
    P("40%", 0.4),                                  # (40%): the rate for 既往症人群
    M("1.5万元", 15000),
    P("80%", 0.8),
    P("40%", 0.4),
    M("0元", 0),                                    # 免赔额 0元: an amount of zero is still money
    P("八成五", 0.85),                              # N成M in words: 85% (set 44 call 3; call 5)
    P("四成", 0.4),
    P("二分之一", 0.5),
    C("二人", 2, "person"),                         # 二人共用时: a numeral and 人 touching (not a lone 一)
    # 按2/3计: a slash fraction, no percent (set 44 call 5)
    # 2026版, 2025版: versions, nothing
    M("300万元", 3000000),
    M("330万元", 3300000),
    P("10%", 0.1),
    C("36种", 36, "kind"),
    C("42种", 42, "kind"),
    P("六分之一", 0.16666666666666666),
    # 2025版: a version
    C("124.6万人", 1246000, "person"),
    P("约为16.8%", 0.168, qualifier="approx"),
    # 提高2pct: financial shorthand for 个百分点, no unit of the guidelines (call 8)
    M("2.86亿元", 286000000),
    P("约为92%", 0.92, qualifier="approx"),
    M("1.2万元", 12000),
    M("97.3万元", 973000),                          # 最高单人赔付97.3万元: 最高 does not touch (单人赔付 between)
    # 住院与特药之比约为3∶7: a ratio, nothing (call 2)
    C("10人以上", 10, "person", qualifier="min"),
    P("九八折", 0.98),
    C("100人以上", 100, "person", qualifier="min"),
    P("九五折", 0.95),
    M("每月7.5元", 7.5, period="month"),            # 每人每月7.5元: 每人 is no period (set 1 call 2)
    M("90元/人·年", 90, period="year"),             # the middle-dot form of 元/人/年 (call 7)
    # 一次缴清: lone 一
    R("江苏", JS, in_org=True),                     # 国家金融监督管理总局江苏监管局
    T("0天", 0, "day"),
    T("30天", 30, "day"),
    # “惠民保”: a kind of product; 惠民 (惠民县's short name) is no place here
    PH("400-828-5116"),
    U("https://xhb.example.com.cn"),
    E("kefu@xhb-wuxi.example.com"),
]
