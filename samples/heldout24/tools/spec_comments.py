from gold_lib import *

# Comment sections: a user label line, the comment, then `IP属地:<province> <time or MM-DD> 赞 N`.
# Decisions for all three records (calls 4-6 of the README):
# - 湖南网友 / 来自四川的网友 / 广东网友: the site's location label of an anonymous user, a place before a
#   people word: plain places (like 台湾居民), not in_org (not a chosen screen name).
# - IP属地:<province>: a plain place (the label 属地 is outside).
# - 赞 356, 全部评论(1286), 评论 532, 赞 1.2万, 赞 2千: counters with no classifier, nothing.
# - times 18:21 and `04-10`, `05-18` (month-day without a year and without 月/日: no form of the guidelines): nothing.
HN, SC, CD, GD, SZ = "430000", "510000", "510100", "440000", "440300"
HEN, ZK, HZ, ZJ, SY, HLJ, HAIN = "410000", "411600", "330100", "330000", "460200", "230000", "460000"
SUZ, JS, CQ, YZ, BJ = "320500", "320000", "500000", "500103", "110000"
DOCS = {
    "heldout24-comments-1": [
        D("2025年", "2025"),                        # title; | 全部评论(1286): a counter
        R("湖南", HN),                              # 湖南网友
        # 去年: no date
        M("380块", 380),
        M("400块", 400),
        M("20块", 20),                              # 涨了20块
        # 一家五口: lone 一 (一家), 口 is no classifier
        M("2000块", 2000),
        R("湖南", HN),                              # IP属地:湖南; 昨天 18:21: a time; 赞 356: a counter
        R("四川", SC),                              # 来自四川的网友: 来自 outside
        R("成都", CD),
        M("400元", 400),
        P("七成", 0.7),
        M("一万二千块", 12000),
        # 报了八千多: no unit, nothing
        R("四川", SC),
        R("广东", GD),                              # 广东网友 阿强
        R("深圳", SZ),
        M("每个月230块左右", 230, period="month", qualifier="approx"),
        # 一年: lone 一; 好几千: no number and unit
        R("广东", GD),
    ],
    "heldout24-comments-2": [
        # title: 跨省 no place; | 热门评论
        R("河南", HEN),                             # 河南网友
        R("周口", ZK),
        R("杭州", HZ),
        P("65%", 0.65),
        R("浙江", ZJ),                              # IP属地:浙江; 04-10: nothing; 赞 1.2万: a counter
        # 东北老铁: 东北 no gazetteer unit
        R("三亚", SY),
        # 花了三万多: 多 and no unit, nothing
        R("黑龙江", HLJ),
        T("三个月", 3, "month"),
        R("海南", HAIN),
        R("河南", HEN),                             # 回复 河南网友: the same location label (plain)
        T("6个月", 6, "month"),
        PH("12393"),
        R("河南", HEN),
    ],
    "heldout24-comments-3": [
        # title: 一年后: lone 一
        R("江苏苏州", SUZ),                         # 江苏苏州网友: a chain, one mention (苏州市)
        R("苏州", SUZ),
        M("七八十块", (70, 80)),                   # two neighbouring numerals: a range; 每月少了: 每月 does not touch
        P("50%", 0.5),
        M("3000块", 3000),
        R("江苏", JS),
        R("重庆", CQ),                              # 来自重庆 (the label line)
        R("渝中区", YZ),
        M("30块", 30),                              # 30块钱: 钱 outside
        M("9块", 9),
        R("重庆", CQ),
        # 网友3n8k2: a user name (digits in a name), nothing; 互助: a common word (互助县's short name), no place
        R("北京", BJ),                              # 05-19, 赞 2千: nothing
    ],
}
