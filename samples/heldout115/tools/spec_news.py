from gold_lib import *

BT, LS, QZ = "150200", "331100", "350500"           # 包头市, 丽水市, 泉州市 (晋江市 350582)
DOCS = {
    "heldout115-news-1": [
        R("包头市", BT, in_org=True),               # 包头市中心医院 (headline)
        D("2025-06-03", "2025-06-03"),              # 健康 2025-06-03: the main article's own date line, no role
        R("包头", BT),                              # 本报包头讯: a dateline, plain
        R("包头市", BT, in_org=True),
        # 中国胸痛中心总部: no place
        D("2024年", "2024"),
        C("3412例", 3412, "case"),
        # D2W: an abbreviation
        T("86分钟", 86, "minute"),
        T("61分钟", 61, "minute"),
        T("10分钟", 10, "minute"),                  # ≤10分钟 (call 1)
        P("97%", 0.97),
        R("包头市", BT, in_org=True),               # 包头市120急救中心
        PH("120"),                                  # the emergency number in the centre's name (call 3)
        R("固阳县", "150222", in_org=True),         # 固阳县人民医院
        R("土默特右旗", "150221", in_org=True),     # 土默特右旗医院
        C("17家", 17, "institution"),
        PH("120"),                                  # 经120转运
        PH("0472-6955120"),                         # one fixed line ending in 120
    ],
    "heldout115-news-2": [
        R("丽水市", LS),                            # 丽水市卒中急救地图发布: a place before a topic
        R("丽水市", LS, in_org=True),               # 丽水市卫生健康委员会
        D("2025年5月", "2025-05"),
        C("9个", 9, "item"),                        # <strong>9</strong>个县
        C("14家", 14, "institution"),
        R("龙泉市", "331181"),
        R("缙云县", "331122"),
        R("庆元县", "331126"),
        C("2家", 2, "institution"),                 # 各2家
        T("24小时", 24, "hour"),
        T("不超过60分钟", 60, "minute", qualifier="max"),   # 不超过<strong>60</strong>分钟
        DR("2025年1-4月", "2025-01", "2025-04"),
        C("263例", 263, "case"),
        P("11.2%", 0.112),
        P("15.8%", 0.158),
        PH("0578-2136508"),
        E("lsws_jz@example.cn"),
        U("https://wsjkw.example.cn/czdt/2025"),    # 2025 inside the URL: nothing
    ],
    "heldout115-news-3": [
        R("晋江市", "350582", in_org=True),         # 晋江市医院
        PH("120"),                                  # "120+卒中": the emergency number in the drill's name (call 3)
        D("2025-04-18", "2025-04-18"),
        D("4月16日", "--04-16"),                    # 上午9:30: a time of day
        R("晋江市", "350582", in_org=True),
        R("晋江市", "350582", in_org=True),         # 晋江市120急救分站
        PH("120"),
        T("65岁", 65, "year", age=True),
        T("1.5小时", 1.5, "hour"),                  # 发病1.5小时后
        PH("120"),                                  # 由120送达
        T("31分钟", 31, "minute"),
        T("58分钟", 58, "minute"),
        C("40余名", 40, "person", qualifier="min"),
        R("晋江市", "350582", in_org=True),
        C("1100多例", 1100, "case", qualifier="min"),
        C("153例", 153, "case"),
    ],
}
