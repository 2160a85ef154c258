from gold_lib import *

XZ = "320300"
SPEC = [
    R("徐州市", XZ, in_org=True),                   # 徐州市中心医院 (title)
    # Ⅰ级护理: a care level
    M("35元/日", 35, period="day"),
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    R("徐州市", XZ, in_org=True),                   # 徐州市中心医院
    # (三级甲等): a grade
    M("28元/日", 28, period="day"),
    M("35元/日", 35, period="day"),
    P("25%", 0.25),
    T("30天", 30, "day"),                           # 住院满30天: 满 is no qualifier
    PH("0516-83956114"),
]
