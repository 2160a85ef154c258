from gold_lib import *

TA = "370900"                                       # 泰安市
SPEC = [
    R("泰安市", TA),                                # 泰安市“两病”…: a place before a topic
    P("60%", 0.6),                                  # <strong>60</strong>%
    D("2025年10月8日", "2025-10-08"),
    D("2025年11月1日起", "2025-11-01", qualifier="from"),   # 自…起: 自 outside
    R("泰安市", TA),
    # 一级及以下: a hospital level (及以下 goes with nothing)
    P("50%", 0.5),
    P("60%", 0.6),
    M("400元", 400),                                # 年度最高支付限额高血压400元: 最高 does not touch
    M("500元", 500),
    R("泰山区", "370902"),
    R("岱岳区", "370911"),
    C("26个", 26, "item"),
    T("不超过12周", 12, "week", qualifier="max"),
    T("不少于28天", 28, "day", qualifier="min"),    # 每次复诊间隔不少于28天: 每次 does not touch
    PH("0538-6991327"),
]
