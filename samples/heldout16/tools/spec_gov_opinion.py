from gold_lib import *

SPEC = [
    D("2025-06-18", "2025-06-18"),                 # the portal's 发布 line; 16:00 is a time of day
    # 国办发〔2025〕27号: a document number; 各省、自治区、直辖市: kinds of unit, no place
    D("2027年", "2027"),                           # 到2027年: 到 is a preposition
    P("90%以上", 0.9, qualifier="min"),
    P("75%左右", 0.75, qualifier="approx"),
    D("2030年", "2030"),
    P("100%", 1.0),
    # (一)(二): list numbers
    D("2025年12月31日前", "2025-12-31", qualifier="until"),
    C("不少于10种", 10, "kind", qualifier="min"),
    C("1家", 1, "institution"),                    # 至少有1家: 有 stands between, so 至少 does not touch
    T("不少于6个月", 6, "month", qualifier="min"),
    P("不超过10个百分点", 0.1, points=True, qualifier="max"),
    D("2025年", "2025"),
    M("30元", 30),                                 # 提高30元: 提高 is a verb
    M("每年不低于700元", 700, period="year", qualifier="min"),   # 每人每年: 每人 is no period
    M("每年400元", 400, period="year"),
    P("70%左右", 0.7, qualifier="approx"),
    DR("2025—2027年", "2025", "2027"),             # a year range with a Chinese dash
    M("120亿元", 12000000000),
    # 中西部地区: no place
    R("新疆", "650000", in_org=True),              # 新疆生产建设兵团: an organisation (set 2 call 12)
    T("5个工作日以内", 5, "workday", qualifier="max"),
    T("15个工作日", 15, "workday"),                # 内 is no qualifier word
    M("最高20万元", 200000, qualifier="max"),
    D("2027年", "2027"),                           # 力争到2027年
    M("1.5万亿元", 1500000000000),                 # 突破1.5万亿元: 突破 is not on the shared list; 康保 in 健康保险: part of a word, not 康保县
    R("北京", "110000"),                           # five provinces as places (not offices)
    R("上海", "310000"),
    R("广东", "440000"),
    R("浙江", "330000"),
    R("海南", "460000"),
    P("70%左右", 0.7, qualifier="approx"),
    C("49个", 49, "item"),                         # 由49个扩大到100个以上: two counts, not a range (扩大 between)
    C("100个以上", 100, "item", qualifier="min"),
    DR("2026年1月1日至12月31日", "2026-01-01", "2026-12-31"),
    # 全国: no place
    T("1年", 1, "year"),                           # 为期1年
    C("约110万家", 1100000, "institution", qualifier="approx"),
    # 国家医保局, 国务院: no place; 会同: a verb (会同有关部门), not 会同县
    PH("12393"),
    D("2025年6月16日", "2025-06-16"),
]
