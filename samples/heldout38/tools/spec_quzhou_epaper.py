from gold_lib import *

QZ = "330800"                                       # 衢州市
SPEC = [
    R("衢州", QZ, in_org=True),                     # 衢州日报数字报: the newspaper's name (set 1 call 7)
    D("2025年11月20日", "2025-11-20"),              # the e-paper's issue date; 星期四 nothing
    # 第A03版 / 版次:A03: page numbers (like 第01版, set 5): nothing
    D("2026年度", "2026"),                          # headline
    M("每年400元", 400, period="year"),             # 每人每年400元: 每人 is no period (set 1 call 2)
    D("12月31日", "--12-31"),                       # 缴费期至12月31日: 至 is a preposition here (no start)
    D("11月19日", "--11-19"),
    R("衢州市", QZ, in_org=True),                   # 衢州市医疗保障局
    D("2026年度", "2026"),
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    M("每年400元", 400, period="year"),
    M("20元", 20),                                  # 比上年提高20元
    M("每年不低于700元", 700, period="year", qualifier="min"),   # 每人每年不低于700元 (set 1 call 3)
    # “浙里办”: 浙 is one character (no place)
    R("衢州", QZ, in_org=True),                     # 支付宝“衢州医保”小程序: an account
    D("11月18日", "--11-18"),                       # 截至11月18日: 截至 is a preposition
    C("142.6万人", 1426000, "person"),
    P("97.8%", 0.978),
    R("柯城区", "330802"),
    C("26.3万人", 263000, "person"),
    R("衢江区", "330803"),
    C("24.1万人", 241000, "person"),
    R("龙游县", "330825"),
    C("28.5万人", 285000, "person"),
    R("江山市", "330881"),
    C("38.2万人", 382000, "person"),
    R("常山县", "330822"),
    R("开化县", "330824"),
    # 市医保局: no place
    DR("2026年1月1日至12月31日", "2026-01-01", "2026-12-31"),
    T("3个月", 3, "month"),
    T("90天", 90, "day"),                           # 出生后90天内: 内 is not on the list
    PH("0570-3089125"),
    # second item: 门诊慢特病“网上办”
    # 从本月起: no number
    C("46种", 46, "kind"),
    # 认定结果 (定结 is no place here)
    T("15个工作日", 15, "workday"),                 # 在15个工作日内: 内 is not on the list
    T("1年", 1, "year"),                            # 1年内认定通过: digit 1, no lone 一 (set 1 call 13)
    DR("1-10月", "--01", "--10"),                   # 今年1-10月: 今年 is no date
    C("8.7万人", 87000, "person"),
    M("约3.2亿元", 320000000, qualifier="approx"),
    P("60%", 0.6),                                  # 60%至80%: two percents
    P("80%", 0.8),
    # third item
    R("龙游", "330825"),                            # headline 龙游试点…: the county's short name (unique)
    R("龙游县", "330825", in_org=True),             # 龙游县人民医院
    # “衢惠保”: 衢 is one character (no place), twice
    # 惠民保 (惠民, 山东's county, is part of a word here): no place
    T("约3天", 3, "day", qualifier="approx"),
    D("2026年度", "2026"),
    M("150元", 150),                                # 每人150元: 每人 is no period
    M("300万元", 3000000),                          # 最高保障300万元: 保障 stands between 最高 and the amount
    D("11月1日起", "--11-01", qualifier="from"),
    C("1268人次", 1268, "person"),
    M("约456万元", 4560000, qualifier="approx"),
    # ■小贴士
    T("6个月", 6, "month"),
    P("10个百分点", 0.1, points=True),
    U("www.example-nhsa.cn"),
    E("msb@qzrb.example.com"),
    # 第A03版 共8版: page numbers; 8版 (版 is no classifier): nothing
    R("衢州", QZ, in_org=True),                     # 衢州日报社版权所有
]
