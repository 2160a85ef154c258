from gold_lib import *

NT, JS = "320600", "320000"                         # 南通市, 江苏省
SPEC = [
    R("南通", NT),                                  # title: 南通: (a dateline-like place)
    C("1200余人", 1200, "person", qualifier="min"), # 余 → min
    R("南通", NT, in_org=True),                     # 南通日报 (a newspaper)
    D("2025-08-06", "2025-08-06"),                  # 09:15 a time
    R("南通市", NT, in_org=True),                   # 南通市医疗保障局
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    R("崇川区", "320613"),
    R("通州区", "320612"),                          # 南通's 通州区 (context), not 北京's
    R("海门区", "320614"),
    # “医保+长护险”: no number
    C("12家", 12, "institution"),
    M("每日100元", 100, period="day"),
    P("70%", 0.7),
    P("30%", 0.3),
    T("不超过60天", 60, "day", qualifier="max"),    # 最长不超过60天: 最长 is not on the list, 不超过 touches
    M("不超过3000元", 3000, qualifier="max"),       # 每年累计支付不超过3000元: 每年 does not touch
    R("南通", NT),
    # 全国, 首批: no place, no number
    D("2016年起", "2016", qualifier="from"),
    C("约650万人", 6500000, "person", qualifier="approx"),
    R("青岛", "370200"),
    R("上饶", "361100"),
    # 市医保局: no place name; 首月: no number
    C("1200余人", 1200, "person", qualifier="min"),
    M("约86.5万元", 865000, qualifier="approx"),
    M("约720元", 720, qualifier="approx"),
    # 一天: lone 一
    M("200多元", 200, qualifier="min"),
    T("20天", 20, "day"),
    M("4000多元", 4000, qualifier="min"),
    R("崇川区", "320613"),
    T("16天", 16, "day"),
    M("1120元", 1120),
    DR("2025年7月1日至2026年6月30日", "2025-07-01", "2026-06-30"),
    R("如皋市", "320682"),
    R("启东市", "320681"),
    PH("12393"),
    PH("0513-85116789"),
    # 8:30-17:00: times
    # 相关阅读: the heading of the related block (article related-01: set at review, session 18, as set 12's spec does)
    Article("related-01"),
    R("江苏省", JS),                                # 江苏省长护险: a place before a programme (not 省长)
    C("2000万人", 20000000, "person"),
    D("2025-07-28", "2025-07-28", role="pubdate"),  # 健康新闻 2025-07-28: a related item's line
]
