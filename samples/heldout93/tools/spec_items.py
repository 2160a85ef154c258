from gold_lib import *

HN, HK = "460000", "460100"                         # 海南省, 海口市
DOCS = {
    "heldout93-jsonl-1": [
        R("海口", HK, in_org=True),                 # 海口海关
        DR("2025年1-4月", "2025-01", "2025-04"),
        R("海口", HK),                              # 海口口岸: a port of entry named by the city, no body
        C("312批", 312, "batch"),
        M("约2.3亿元", 230000000, qualifier="approx"),
        P("41.5%", 0.415),
        T("2小时以内", 2, "hour", qualifier="max"),
        # 单批: no number
        M("86万欧元", 860000, currency="EUR"),
        PH("0898-65231234", city="海口市"),
    ],
    "heldout93-jsonl-2": [
        # 个人账户: no number
        R("海南省", HN),                            # 海南省职工医保参保人: before a programme
        # 惠琼保: 琼 a one-character abbreviation
        D("2025年度", "2025"),
        M("每年69元", 69, period="year"),           # 每人每年<strong>69</strong>元
        C("26种", 26, "kind"),
        M("150万元", 1500000),                      # 最高赔付150万元: 赔付 stands between 最高 and the amount
        PH("12393"),
    ],
    "heldout93-jsonl-3": [
        # 博鳌乐城: no unit
        DR("2025年1-6月", "2025-01", "2025-06"),
        C("21.3万人次", 213000, "person"),
        P("26%", 0.26),
        R("广州", "440100"),
        R("深圳", "440300"),
        R("长沙", "430100"),
        C("12个", 12, "item"),
        # 结算合作: 合作 is no place
        R("湖南省长沙市", "430100"),               # 湖南省长沙市参保人: a chain before a programme, plain
        R("长沙", "430100"),
        # 惠民保理赔: 惠民 is no place here
        T("7天", 7, "day"),                         # 最快7天: 最快 is not on the qualifier list
        # 一位: lone 一
        R("香港", "810000"),
        P("两三成", {"min": 0.2, "max": 0.3}),      # 贵两三成: two neighbouring numerals, like 百分之六七十
        # 先行区管理局: no place
        PH("0898-62769876", city="琼海市"),
        m("phone", "+852 2345 6789", "+85223456789", kind="fixed"),   # 港澳 (no place); a Hong Kong number in its own plan
    ],
}
