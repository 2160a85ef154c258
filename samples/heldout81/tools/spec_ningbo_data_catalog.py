from gold_lib import *

NB = "330200"                                       # 宁波市 (浙江省)
SPEC = [
    R("宁波市", NB, in_org=True),                   # 宁波市公共数据开放平台: the platform's proper name (set 31 call 3)
    # breadcrumb 数据目录 > 医疗卫生 > 医疗保障: no numbers
    C("4个", 4, "item"),                            # 共检索到4个数据集
    # dataset 1
    R("宁波市", NB),                                # 宁波市基本医疗保险参保人数统计: a dataset name is a topic (set 31 call 3)
    R("宁波市", NB, in_org=True),                   # 数据提供方:宁波市医疗保障局
    # 更新频率:每月: no number
    C("12,345条", 12345, "item"),                   # 记录数:12,345条 (条: item)
    # 文件大小:2.3MB: a file size, no unit of the guidelines (sets 40, 44)
    C("9项", 9, "item"),                            # 数据项:9项
    D("2023-03-15", "2023-03-15"),
    D("2025-07-08", "2025-07-08"),
    DR("2020年1月—2025年6月", "2020-01", "2025-06"),   # U+2014 dash: one range (sets 10, 19)
    R("海曙区", "330203"),
    R("江北区", "330205"),                          # 宁波's 江北区 (the page is 宁波's), not 重庆's
    R("鄞州区", "330212"),
    R("余姚市", "330281"),
    C("10个", 10, "item"),                          # 10个区(县、市)
    D("2025年6月底", "2025-06", qualifier="approx"),   # 截至 outside
    P("98.6%", 0.986),
    # 浏览量 8,231 / 下载量 1,562: counters with no unit; 评分 4.7分: a score (分), nothing
    # dataset 2
    R("宁波市", NB),                                # dataset name: topic; 医保定点: 保定 across 保|定点 is no place
    R("宁波市", NB, in_org=True),
    # 每季度: no number
    C("4,218条", 4218, "item"),
    # 860KB: file size
    C("12项", 12, "item"),
    D("2022-11-01", "2022-11-01"),
    D("2025-07-01", "2025-07-01"),
    D("2025年6月30日", "2025-06-30"),               # 截至 outside
    C("1,386家", 1386, "institution"),
    C("2,832家", 2832, "institution"),
    # H33020300456: an institution code, nothing
    # 浏览量 15,604 / 下载量 3,017 / 4.8分: nothing
    # dataset 3
    R("宁波市", NB),                                # dataset name: topic
    R("宁波市", NB, in_org=True),                   # 宁波市医疗保障局基金结算处
    D("次月15日前", "---15", relative_to="next_month", qualifier="until"),
    C("1,080条", 1080, "item"),
    # 415KB: file size
    D("2021-04-12", "2021-04-12"),
    D("2025-07-14", "2025-07-14"),
    DR("2021年1月至2025年6月", "2021-01", "2025-06"),
    DR("2025年1-6月", "2025-01", "2025-06"),
    M("186.47亿元", 18647000000),
    P("4.3%", 0.043),                               # 同比增长 outside
    M("10,236元", 10236),
    P("2.1%", 0.021),
    # API v2.1: a version, nothing
    # 每个应用每分钟60次: 每分钟 is no period of a count (only money takes periods); 每个 is 每 + a classifier
    C("60次", 60, "time"),
    C("不超过10000次", 10000, "time", qualifier="max"),   # 每日 does not touch (不超过 between)
    # 浏览量 6,118 / 下载量 902 / 4.5分: nothing
    # dataset 4
    R("宁波市", NB),                                # dataset name: topic
    D("2025年", "2025"),                            # (2025年版) (set 31 call 8)
    R("宁波市", NB, in_org=True),                   # 宁波市医疗保障局待遇保障处
    C("56条", 56, "item"),
    # 38KB: file size
    D("2025-01-20", "2025-01-20"),
    C("56种", 56, "kind"),
    C("3种", 3, "kind"),
    T("2年", 2, "year"),
    T("30日", 30, "day"),                           # 期满前30日内: 前 and 内 are no qualifiers of a duration
    # 4,470 / 655 / 4.6分: nothing
    R("宁波市", NB, in_org=True),                   # 宁波市大数据发展管理局
    PH("0574-87186523"),
    # 8:30-17:00: times of day
    E("opendata@nbdata.example.gov.cn"),
    U("https://data.ningbo.example.gov.cn/catalog/ylbz"),
    # 浙ICP备05012345号, 网站标识码3302000018: registration numbers; © 2019-2025: years without 年, nothing
    R("宁波市", NB, in_org=True),                   # 版权所有 … 宁波市大数据发展管理局
]
