from gold_lib import *

DT = "140200"                                       # 大同市
SPEC = [
    R("大同", DT),                                  # title: 大同:…
    M("每月最高300元", 300, period="month", qualifier="max"),
    R("大同市", DT, in_org=True),                   # 大同市医疗保障局
    R("大同市", DT, in_org=True),                   # 大同市民政局
    DR("2025年1月1日至12月31日", "2025-01-01", "2025-12-31"),
    R("天镇县", "140222"),
    R("广灵县", "140223"),
    # 偏远县区: no place
    C("3次以上", 3, "time", qualifier="min"),       # 每周透析<strong>3</strong>次以上: one text after the tags go
    M("每月300元", 300, period="month"),
    # 单次往返超过50公里: 公里 no unit of ours
    M("每次20元", 20, period="time"),
    D("6月底", "--06", qualifier="approx"),
    M("41.7万元", 417000),
    C("612名", 612, "person"),
    PH("0352-2046318"),
]
