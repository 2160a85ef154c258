from gold_lib import *

XA, SX, CA, YT, BL = "610100", "610000", "610116", "610113", "610103"   # 西安市, 陕西省, 西安's 长安区, 雁塔区, 碑林区
SPEC = [
    R("西安市", XA, in_org=True),                   # breadcrumb 西安市医疗保障局
    R("西安市", XA),                                # 参加西安市城乡居民医保: a programme, plain
    D("2026年度", "2026"),
    D("2025-09-10", "2025-09-10"),                  # 10:30 is a time
    # 阅读次数:15,862: a counter with no classifier
    R("西安", XA),                                  # 在西安高校就读
    D("2026年度", "2026"),
    # 1.问 … 8.问: list numbers
    R("西安", XA),                                  # 在西安参加居民医保
    # 我市: no name; 港澳台: no division named
    C("63所", 63, "institution"),
    D("2026年度", "2026"),
    M("每年380元", 380, period="year"),             # 每人每年380元
    M("每年不低于700元", 700, period="year", qualifier="min"),
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    T("3个月", 3, "month"),                         # 入学后3个月内: 内 is not a qualifier
    T("超过3个月", 3, "month", qualifier="min"),
    T("30天", 30, "day"),
    # 一级医疗机构: a level
    P("60%", 0.6),
    M("300元", 300),                                # 每人每年最高支付300元: 支付 between 最高 and the amount; 每年 does not touch
    # 一级、二级、三级医疗机构: levels
    P("90%", 0.9), P("80%", 0.8), P("70%", 0.7),
    M("22万元", 220000),                            # 年度最高支付限额22万元
    M("30万元", 300000),                            # 最高可再报30万元: 可再报 between
    R("陕西", SX, in_org=True),                     # "陕西医保"公众号
    T("6个月", 6, "month"),
    R("甘肃天水", "620500"),                        # a chain: province short + city short
    R("河南洛阳", "410300"),
    R("西安市", XA),                                # 在西安市内: plain (like 柳州市内医院, set 23)
    P("10个百分点", 0.1, points=True),
    R("长安区", CA),                                # 西安's 长安区 (not 石家庄's): the article's region (set 33)
    # 大学城: no division
    R("雁塔区", YT),
    R("长安区", CA),
    R("雁塔区", YT),
    R("碑林区", BL),
    # 各区县: no name; 西北大学: 西北 is no division
    R("长安", CA, in_org=True),                     # 西北大学长安校区: a campus's name with a district's short name (call 1)
    R("陕西", SX, in_org=True),                     # 陕西师范大学
    R("长安", CA, in_org=True),                     # 陕西师范大学长安校区
    T("18周岁", 18, "year", age=True),              # 已满18周岁: 已满 is not a qualifier
    D("2026年12月31日止", "2026-12-31", qualifier="until"),
    M("1200元", 1200),                              # 每学年要交1200元: 每学年 is no period word, and 要交 stands between (call 3)
    M("1200元", 1200),
    M("380元", 380),                                # 医保费每年只需380元: 只需 between 每年 and the amount: no period
    PH("029-86787120", city="西安市"),              # 029 is shared by 西安 and 咸阳: the article's region (set 1 call 5)
    PH("029-86781234", city="西安市"),
    # 工作日9:00-17:00: 工作日 with no number, times of day
    PH("12393"),
    R("西安市未央区", "610112"),                    # address chain; 凤城八路109号: a road (凤城, 辽宁's 凤城市, is part of its name) and a house number
]
