from gold_lib import *

HN, QH = "460000", "469002"                        # 海南省, 琼海市
SPEC = [
    R("海南省", HN, in_org=True),                   # 海南省药品监督管理局
    R("海南", HN, in_org=True),                     # 海南博鳌乐城国际医疗旅游先行区管理局 (博鳌, 乐城: no GB/T 2260 units)
    # 乐城先行区: no place. 琼药监〔2025〕18号: a document number; 琼 a one-character abbreviation
    R("海南", HN, in_title=True),                   # 《海南自由贸易港博鳌乐城…条例》: a regulation's title, no organisation
    D("2025年3月1日起", "2025-03-01", qualifier="from"),
    # 一、二、… section numbers
    D("2024年12月31日", "2024-12-31"),              # 截至 is a preposition
    C("436种", 436, "kind"),
    C("291种", 291, "kind"),
    C("145种", 145, "kind"),
    C("约6.8万人次", 68000, "person", qualifier="approx"),
    D("2024年", "2024"),                            # 2024年全年
    M("12.6亿元", 1260000000),
    P("38%", 0.38),
    C("23家", 23, "institution"),
    T("7个工作日", 7, "workday"),                   # 7个工作日内: 内 is not a qualifier
    T("3个工作日", 3, "workday"),
    # 每批次: no number
    T("不超过6个月", 6, "month", qualifier="max"),  # 不超过6个月临床使用量
    R("琼海市", QH, in_org=True),                   # 琼海市医疗保障局; 博鳌乐城国际医院: no place
    # 批号240815: a batch number, no date, no phone
    D("每月10日前", "---10", relative_to="every_month", qualifier="until"),
    # 上月: no number
    M("最高100万元", 1000000, qualifier="max"),
    R("海南省", HN),                                # 海南省基本医保参保人: a place before a programme
    D("2025年3月1日起", "2025-03-01", qualifier="from"),
    T("5年", 5, "year"),                            # 有效期5年
    PH("0898-62768123", city="琼海市"),              # 0898 is shared by all of 海南: the zone lies in 琼海
    E("lecheng_yp@example.gov.cn"),
    R("海南省", HN, in_org=True),                   # signature: 海南省药品监督管理局
    D("2025年2月18日", "2025-02-18"),
]
