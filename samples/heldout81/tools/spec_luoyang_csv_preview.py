from gold_lib import *

LY = "410300"                                       # 洛阳市 (河南省)
D630 = "2025-06-30"


def row(org_place, cell_place, date, rate):
    """One CSV row.  The row number, the institution code (H/P + 11 digits), the 6-digit division code,
    结算人次 and 统筹支付 (numbers with no unit in the cell; the unit is only in the header) are nothing
    (the guidelines: numbers with no unit)."""
    out = []
    if org_place:
        out.append(org_place)
    out += [cell_place, D(date, date), rate]
    return out


SPEC = [
    R("洛阳市", LY, in_org=True),                   # 洛阳市政务数据开放网: a site's proper name
    R("洛阳市", LY),                                # 数据集:洛阳市2025年6月医保门诊统筹结算明细: a dataset name, a topic
    D("2025年6月", "2025-06"),
    R("洛阳市", LY, in_org=True),                   # 洛阳市医疗保障局
    # CSV(UTF-8,逗号分隔): the 8 of UTF-8 is part of a name, nothing
    C("1,268条", 1268, "item"),                     # 共1,268条记录
    C("8条", 8, "item"),                            # 前8条: 前 is no qualifier of a count
    # header row: field names; 统筹支付(元): the unit in a header touches no number
]
SPEC += row(R("洛阳市", LY, in_org=True), R("老城区", "410302"), D630, P("62.5%", 0.625))      # 洛阳市第一人民医院 (第一人: an ordinal, no count)
SPEC += row(R("洛阳市", LY, in_org=True), R("涧西区", "410305"), D630, P("63.1%", 0.631))      # 洛阳市中心医院
SPEC += row(R("洛龙区", "410311", in_org=True), R("洛龙区", "410311"), D630, P("70%", 0.7))    # 洛龙区安乐镇卫生院 (安乐镇: a township)
# row 4: "康宁大药房有限公司第二十七分店": no place (第二十七: an ordinal); "12,436.20": a quoted cell with no unit, nothing
SPEC += row(None, R("涧西区", "410305"), "2025-06-29", P("50%", 0.5))
SPEC += row(R("伊川县", "410329", in_org=True), R("伊川县", "410329"), D630, P("65.0%", 0.65))
SPEC += row(R("栾川县", "410324", in_org=True), R("栾川县", "410324"), "2025-06-28", P("65%", 0.65))
SPEC += row(R("偃师区", "410307", in_org=True), R("偃师区", "410307"), D630, P("50%", 0.5))    # 偃师区康佳药房
SPEC += row(R("河南", "410000", in_org=True), R("西工区", "410303"), D630, P("60.8%", 0.608))  # 河南科技大学第一附属医院
SPEC += [
    # 字段说明: 第2-7位 (an ordinal span of positions), YYYY-MM-DD (a format), 精确到分: nothing
    # 数据说明 1.–4.: list numbers
    D("2025年6月", "2025-06"),
    C("18.6万人次", 186000, "person"),
    M("2,317.8万元", 23178000),
    P("61.4%", 0.614),
    D("5月", "--05"),
    P("0.9个百分点", 0.009, points=True),
    # 一级及以下: a level of institutions, nothing
    P("不低于70%", 0.7, qualifier="min"),
    P("50%", 0.5),
    M("0元", 0),
    D("2023年1月起", "2023-01", qualifier="from"),
    D("每月10日前", "---10", relative_to="every_month", qualifier="until"),
    T("5年", 5, "year"),
    # CSV(1.1MB) | XLSX(968KB) | JSON(2.6MB): file sizes; 下载次数:427, 收藏:36: counters
    U("https://data.ly.example.gov.cn/api/v2/ybmzjs?month=2025-06&page=1&size=100"),   # numbers inside: nothing
    PH("0379-63228715"),
    E("sjkf@lyyb.example.gov.cn"),
    D("2025-07-10", "2025-07-10"),                  # 发布时间 …; 16:20:05 a time of day
]
