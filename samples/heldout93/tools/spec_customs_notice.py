from gold_lib import *

HN, HK, ML = "460000", "460100", "460108"           # 海南省, 海口市, 美兰区
SPEC = [
    R("海口", HK, in_org=True),                     # 海口海关
    R("海南省", HN, in_org=True),                   # 海南省药品监督管理局
    # 博鳌乐城先行区: no place. 2025年第7号: a notice's number, no date
    R("海南", HN),                                  # 海南博鳌乐城国际医疗旅游先行区: a zone, plain (set 24 call 2)
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    # 一、… 七、 section numbers
    T("3个工作日", 3, "workday"),
    T("1个工作日", 1, "workday"),                   # the digit 1 is no lone 一
    T("1年", 1, "year"),                            # 有效期为1年
    # 每份批件, 单次: no number
    C("不超过2批", 2, "batch", qualifier="max"),
    C("不超过12批", 12, "batch", qualifier="max"),  # 全年: no number
    C("1份", 1, "piece"),
    R("海口美兰", ML, in_org=True),                 # 海口美兰国际机场: a chain (海口市美兰区) inside a facility's name
    T("6小时", 6, "hour"),                          # 6小时内
    # 国药证字Z2025018 (approval number), “20250315” (a batch number that looks like a date): nothing
    D("2027-03", "2027-03"),                        # 有效期至(如2027-03): an expiry month; 至 is a preposition
    D("2024年", "2024"),
    R("海口", HK, in_org=True),                     # 经海口海关监管
    M("约4.6亿元", 460000000, qualifier="approx"),
    C("158种", 158, "kind"),
    M("约280万美元", 2800000, currency="USD", qualifier="approx"),  # 每支约280万美元: 每 + classifier, no period
    M("约2000万元", 20000000, qualifier="approx"),
    # 欧洲: no unit
    M("约1.5万欧元", 15000, currency="EUR", qualifier="approx"),    # 每盒: no period
    R("海口", HK, in_org=True),                     # 海口海关综合业务处
    PH("0898-68651234", city="海口市"),
    R("海南省", HN, in_org=True),                   # 海南省药品监督管理局药品注册处
    PH("0898-66831234", city="海口市"),
    E("lecheng_tg@example.gov.cn"),
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    R("海口", HK, in_org=True),                     # signature
    R("海南省", HN, in_org=True),
    D("2025年6月12日", "2025-06-12"),
]
