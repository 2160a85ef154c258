from gold_lib import *

LY = "371300"                                       # 临沂市 (山东省)
ROW = "2025-01-01"


def row(seg, rate, cap):
    """One CSV row: the segment (money), the rate (percent), the cap (money or 不设: nothing), the start date.
    The row number before the first comma is a list number: nothing."""
    out = [seg, rate]
    if cap is not None:
        out.append(cap)
    out.append(D(ROW, ROW))
    return out


SPEC = [
    R("临沂市", LY, in_org=True),                   # 临沂市公共数据开放平台: the platform's proper name
    # breadcrumb 首页 > 数据目录 > …: no numbers
    R("临沂市", LY),                                # 数据集名称:临沂市大病保险…标准: a place before a topic
    D("2025年度", "2025"),
    R("临沂市", LY, in_org=True),                   # 数据提供方:临沂市医疗保障局
    # 更新频率:每年 (no number); 最近更新:
    D("2025-01-08", "2025-01-08"),
    C("9条", 9, "item"),                            # 数据量:9条; 下载次数:386 a counter (bare)
    D("2025年度", "2025"),
    R("临沂市", LY),                                # 2025年度临沂市城乡居民大病保险…: a topic
    # 字段说明 and the header row: field names, no numbers
]
SPEC += row(M("1.5万-10万元", (15000, 100000)), P("60%", 0.6), M("60万元", 600000))
SPEC += row(M("10万-20万元", (100000, 200000)), P("65%", 0.65), M("60万元", 600000))
SPEC += row(M("20万元以上", 200000, qualifier="min"), P("70%", 0.7), M("60万元", 600000))
# rows 4-6: 特困/低保/返贫致贫 (no numbers in the label); cap 不设: nothing
SPEC += row(M("0.75万-10万元", (7500, 100000)), P("65%", 0.65), None)
SPEC += row(M("10万-20万元", (100000, 200000)), P("70%", 0.7), None)
SPEC += row(M("20万元以上", 200000, qualifier="min"), P("75%", 0.75), None)
SPEC += row(M("0-5万元", (0, 50000)), P("80%", 0.8), M("50万元", 500000))
SPEC += row(M("5万-20万元", (50000, 200000)), P("85%", 0.85), M("50万元", 500000))
SPEC += row(M("20万元以上", 200000, qualifier="min"), P("90%", 0.9), M("50万元", 500000))
SPEC += [
    R("临沂市", LY),                                # 关联数据集:临沂市2024年大病保险赔付情况: a topic
    D("2024年", "2024"),
    DR("2024年1月1日-2024年12月31日", "2024-01-01", "2024-12-31"),   # 统计期间…: one range
    # header area,cases,paid,avg_rate: no numbers
    R("兰山区", "371302"), C("5826人次", 5826, "person"),
    M("9,316.4万元", 93164000),                     # "9,316.4万元": the comma groups thousands inside the quotes
    P("62.3%", 0.623),
    R("罗庄区", "371311"), C("1796人次", 1796, "person"), M("2764.5万元", 27645000), P("61.8%", 0.618),
    R("沂南县", "371321"),                          # "沂南县": the quotes are CSV quoting, not part of the place
    C("2,035人次", 2035, "person"), M("3,108.2万元", 31082000), P("63.1%", 0.631),
    R("沂水县", "371323"), C("2410人次", 2410, "person"), M("3652.7万元", 36527000), P("60.9%", 0.609),
    C("12,067人次", 12067, "person"), M("18,841.8万元", 188418000), P("62.2%", 0.622),   # 合计 row
    U("https://data.linyi.example.gov.cn/api/v1/datasets/ybdb-2025/rows?format=csv"),   # v1, 2025 inside: nothing
    # 每个账号每日调用不超过1000次: 每日 does not touch the count (调用 between), 每个 is 每 + a classifier
    C("不超过1000次", 1000, "time", qualifier="max"),
    C("不超过500条", 500, "item", qualifier="max"),
    E("opendata@linyi-yb.example.gov.cn"),
    PH("0539-8127506"),
    T("5个工作日", 5, "workday"),                   # 在5个工作日内
    R("临沂市", LY, in_org=True),                   # 注明来源“临沂市公共数据开放平台”
]
