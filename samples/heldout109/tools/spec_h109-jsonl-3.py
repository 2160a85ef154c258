from gold_lib import *

ZJ = "440800"                                       # 湛江市
SPEC = [
    R("湛江市", ZJ, in_org=True),                   # 湛江市中心人民医院血透中心 (title)
    C("20张", 20, "piece"),
    D("2025-05-20", "2025-05-20"),
    R("湛江", ZJ, in_org=True),                     # 健康湛江: an account's / paper's name (set 1 call 7)
    R("湛江市", ZJ, in_org=True),                   # 湛江市中心人民医院血液净化中心
    C("20张", 20, "piece"),
    C("85张", 85, "piece"),
    # 每日三班: 班 is no classifier (guidelines)
    C("约1500人次", 1500, "person", qualifier="approx"),
    # 中心主任陈立新: a person; 新区: no place
    T("2周左右", 2, "week", qualifier="approx"),
    T("3天以内", 3, "day", qualifier="max"),
    R("赤坎区", "440802"),
    R("霞山区", "440803"),
    R("湛江", ZJ, in_org=True),                     # “湛江医保”公众号
    # 首次: an ordinal word
    T("30日", 30, "day"),                           # 30日内有效: 内 not a qualifier
    M("每次395元", 395, period="time"),
    P("约8%", 0.08, qualifier="approx"),
    PH("0759-3369120", city="湛江市"),
]
