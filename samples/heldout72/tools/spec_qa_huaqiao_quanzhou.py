from gold_lib import *

QZ, JJ, SS, BH = "350500", "350582", "350581", "450500"   # 泉州市, 晋江市, 石狮市, 北海市 (广西)
# Foreign places are no regions (set 19 call 1): 新加坡, 马来西亚, 菲律宾, 日本, 美国, 东京都, 大阪府, 首尔, and 北海道
# (北海 is part of a longer, foreign name, like 龙江 in 黑龙江) against 广西北海市 in 问4, which is the city 450500.
SPEC = [
    R("泉州市", QZ, in_org=True),                   # 泉州市医保局答复 (title): an office
    R("泉州", QZ),                                  # 在境外工作的泉州人: a place before a people word, plain (set 46 call 11)
    R("泉州市", QZ, in_org=True),                   # 来源:泉州市医疗保障局
    D("2025年11月6日", "2025-11-06"),
    # 浏览次数:1873 a counter
    R("泉州", QZ),                                  # 泉州是著名侨乡
    R("泉州", QZ),                                  # 泉州籍华侨华人
    C("约950万人", 9500000, "person", qualifier="approx"),
    PH("12345"),                                    # 12345热线
    # 问1 … 问5: question numbers
    R("晋江", JJ),                                  # 晋江人: a place before a people word
    R("晋江市", JJ),
    # 本市: nothing
    R("泉州市", QZ),                                # 泉州市城乡居民医保: a place before a programme
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    P("80%", 0.8),                                  # 最高可达80%: 可达 stands between (set 1 call 14)
    # 日本的国民健康保险: 康保 (康保县) is the middle of a word; 两边都交: no number
    M("每年约2万日元", 20000, currency="JPY", period="year", qualifier="approx"),
    P("30%", 0.3),
    T("超过3个月", 3, "month", qualifier="min"),
    T("90天", 90, "day"),
    T("5年", 5, "year"),
    R("石狮市", SS),
    P("7%", 0.07),
    P("2%", 0.02),
    # 上年度, 全省: no number, no place
    P("60%", 0.6),                                  # 60%至300%: every % is its own mention
    P("300%", 3.0),
    T("25年", 25, "year"),                          # 满25年: 满 is not on the list
    T("20年", 20, "year"),
    R("广西北海市", BH),                            # a chain at the city
    R("泉州", QZ),
    R("北海市", BH),                                # 北海市的缴费年限
    R("北海市", BH, in_org=True),                   # 北海市医保经办机构: a place + office word
    R("泉州市", QZ),                                # 到泉州市或所在县(市、区)医保经办窗口: the city, then 或; plain
    T("15个工作日", 15, "workday"),
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    R("泉州", QZ),                                  # 在泉州中小学: a place before a description, plain
    M("每年400元", 400, period="year"),
    # 新加坡籍: foreign
    R("泉州市", QZ, in_org=True),                   # 泉州市医疗保障局
    R("丰泽区", "350503"),                          # address; 东海大街1001号: a street (东海 is not 东海县 here) and its number
    PH("(0595)22587766"),
    PH("0595-22581234"),
    R("鲤城区", "350502"),
]
