from gold_lib import *

SZ, GS, NB, YZ, WHN = "320500", "320508", "330200", "330212", "420100"   # 苏州市, 姑苏区, 宁波市, 鄞州区, 武汉市
ANTI = m("phone", "96110", "96110", kind="service")       # 96110: README call 1
DOCS = {
    "heldout116-scam-1": [
        R("苏州", SZ, in_org=True),                 # 【苏州医保】 sender
        U("http://szyb-renew.example.cn"),          # scam link quoted (call 2)
        R("苏州市", SZ, in_org=True),               # 苏州市医保中心
        D("2025年11月以来", "2025-11", qualifier="from"),
        R("姑苏区", GS),
        C("3名", 3, "person"),
        M("4.6万元", 46000),                        # 最多的一人被骗4.6万元: 最多 does not touch; 一人 lone 一
        PH("0512-68226701"),
        PH("12393"),
        D("2025-11-28", "2025-11-28"),
    ],
    "heldout116-scam-2": [
        R("宁波市", NB, in_org=True),               # 宁波市公安局鄞州分局反诈中心
        R("鄞州", YZ, in_org=True),                 # 鄞州分局: short name inside the organisation's name
        D("2025年12月8日", "2025-12-08"),
        # 14:30: a time of day; 公安 in 公安局: a word, not 公安县
        R("鄞州区", YZ),
        # 一名: lone 一
        T("72岁", 72, "year", age=True),
        M("2.5万元", 25000),
        PH("110"),
        T("10分钟", 10, "minute"),                  # 10分钟内: 内 no qualifier
        ANTI,
        R("宁波市", NB, in_org=True),               # 宁波市反诈中心
        PH("0574-87681110"),
    ],
    "heldout116-scam-3": [
        R("武汉市", WHN, in_org=True),              # 武汉市医疗保障局
        P("八五折", 0.85),                          # a discount: the share paid (五折 → 0.5)
        M("2000元", 2000),
        M("1700元", 1700),
        C("12家", 12, "institution"),
        M("186.3万元", 1863000),
        PH("027-85751234"),
        M("20万元", 200000),                        # 最高奖励20万元: 奖励 between
        D("2025-12-10", "2025-12-10"),
    ],
}
