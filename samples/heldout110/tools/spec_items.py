from gold_lib import *

HRB = "230100"                                      # 哈尔滨市
CG, GS = "620102", "620000"                         # 兰州市城关区, 甘肃省
LSCG, LS, XZ = "540102", "540100", "540000"       # 拉萨市城关区, 拉萨市, 西藏自治区
DOCS = {
    "heldout110-jsonl-1": [
        R("哈尔滨市", HRB),                         # title: a place before its action, plain
        D("2025年", "2025"),
        R("哈尔滨市", HRB, in_org=True),            # 哈尔滨市疾控中心
        D("9月1日", "--09-01"),
        DR("2025年9月1日至10月31日", "2025-09-01", "2025-10-31"),
        C("约28万人", 280000, "person", qualifier="approx"),
        T("15岁以上", 15, "year", age=True, qualifier="min"),
        # X线: nothing
        T("15岁以下", 15, "year", age=True, qualifier="max"),
        # PPD, γ-干扰素: nothing
        M("每人次35元", 35, period="time"),         # 每人次: per visit
        C("26.4万人", 264000, "person"),
        C("47例", 47, "case"),
        # 检出率为17.8/10万: a rate with a slash, no percent (set 44 call 5)
        T("7日", 7, "day"),                         # 7日内: 内 not a qualifier
        T("3个月", 3, "month"),                     # 每3个月复查1次
        C("1次", 1, "time"),
        R("南岗区", "230103"),
        R("道里区", "230102"),
        R("香坊区", "230110"),
        C("12所", 12, "institution"),
        PH("0451-84644236"),
    ],
    "heldout110-jsonl-2": [
        R("兰州市城关区", CG),                      # <strong> chain, 兰州's 城关区 (not 拉萨's)
        DR("11月25日至12月1日", "--11-25", "--12-01"),   # a yearless range
        R("城关区", CG, in_org=True),               # 城关区疾控中心
        C("10个", 10, "item"),
        C("1,536人次", 1536, "person"),
        C("3例", 3, "case"),
        R("城关区", CG),                            # 城关区居民医保参保人员: plain
        P("80%", 0.8),                              # <strong>80</strong>%
        M("每年最高2万元", 20000, period="year", qualifier="max"),   # period and qualifier (set 1 call 3)
        R("甘肃省", GS),
        D("2025年", "2025"),
        P("15%以上", 0.15, qualifier="min"),
        PH("0931-8418215"),
        E("cgcdc@example.com"),
        U("https://www.example.com/cgq/aids/2025.html"),
    ],
    "heldout110-jsonl-3": [
        R("拉萨市城关区", LSCG),                    # title: a place before its action, plain; 拉萨's 城关区 (not 兰州's)
        # 近日: no number (近 is a qualifier only before a number)
        R("拉萨市城关区", LSCG, in_org=True),       # 拉萨市城关区卫生健康委员会: the chain inside an organisation's name
        C("126名", 126, "person"),
        M("每月300元", 300, period="month"),        # 每人每月300元 (set 1 call 2)
        T("6个月", 6, "month"),                     # 按疗程最长发放6个月: 最长 not on the list, 发放 between
        R("城关区", LSCG),                          # 城关区现有…: plain, 拉萨's by context
        C("1家", 1, "institution"),                 # digit 1 is not a lone 一
        R("拉萨市", LS, in_org=True),               # 拉萨市第三人民医院 (第三: part of the name)
        R("西藏自治区", XZ, in_org=True),           # 西藏自治区第三人民医院 (第三 again part of the name)
        D("2024年", "2024"),
        R("城关区", LSCG),
        D("2020年", "2020"),
        P("23.5%", 0.235),
        P("90%以上", 0.9, qualifier="min"),         # 达 between 比例 and it
        M("超过5000元", 5000, qualifier="min"),     # 超过 is on the shared list (before, min)
        PH("0891-6324517"),
    ],
}
