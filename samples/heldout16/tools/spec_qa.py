from gold_lib import *

HZ, CS, SZ = "330100", "430100", "440300"          # 杭州市, 长沙市, 深圳市
DOCS = {
    "heldout16-qa-1": [
        R("杭州", HZ),                             # 在杭州做灵活就业; 一个月: lone 一, no duration
        T("8年", 8, "year"),                       # (医保从业8年)
        R("杭州", HZ),                             # 以杭州为例
        D("2025年", "2025"),
        # the markdown table: | and --- are layout; 一档/二档 are tier names, no counts
        M("570元/月", 570, period="month"),
        P("85%", 0.85),
        M("310元/月", 310, period="month"),
        P("80%", 0.8),
        M("1180元/年", 1180, period="year"),
        P("60%", 0.6),                             # 60%-75%: every % sign is its own mention
        P("75%", 0.75),
        T("20年", 20, "year"),                     # 缴满20年: 满 outside
        T("25年", 25, "year"),
        # 每年交: no number
        T("3个月", 3, "month"),
    ],
    "heldout16-qa-2": [
        R("长沙", CS),
        R("深圳", SZ),                             # 去年: no number
        R("深圳", SZ),
        # 花了3万多: 万 with no 元, so no money
        P("七成", 0.7),                            # 大概七成: 大概 is not on the shared list
        R("长沙", CS),
        P("10个百分点", 0.1, points=True),
        P("20个百分点", 0.2, points=True),
        # 国家医保服务平台APP: no place
        T("五分钟", 5, "minute"),
        T("6个月", 6, "month"),                    # 6个月内: 内 is no qualifier word; 多次: no number
    ],
    "heldout16-qa-3": [
        D("2025年", "2025"),
        M("400元", 400),                           # 涨到400元: 涨到 is a verb
        # 赞同 1.2万 · 评论 356: numbers with no unit or classifier, no counts
        M("四百块", 400),                          # 一年四百块: 一年 is a lone 一 (no duration, no period)
        # 今年: no number
        C("两次", 2, "time"),                      # 住院两次 (set 2 call 16)
        # 4万2, 2万8, 1万4左右: colloquial amounts with 万 and no 元, so no money
        # 1. 2. 3.: list numbers (a space before the year)
        D("2025年", "2025"),
        M("400元", 400),
        M("每年不低于700元", 700, period="year", qualifier="min"),   # 每人每年: 每人 is no period
        M("50元", 50),                             # 每次最高报50元: 报 stands between
        M("300元", 300),                           # 一年封顶300元: 封顶 is an after-word, not before
        M("1.5万元", 15000),
        P("60%以上", 0.6, qualifier="min"),
        M("七八千块", (7000, 8000)),               # two neighbouring numerals: a range; 一场: lone 一
    ],
}
