from gold_lib import *

LY, GS, TS, QA, CD = "410300", "620000", "620500", "620522", "510100"   # 洛阳市, 甘肃省, 天水市, 秦安县, 成都市
DOCS = {
    "heldout17-post-1": [
        R("洛阳", LY),                              # 老妈在洛阳住了八天院
        T("八天", 8, "day"),                        # 住了八天院: a Chinese numeral + 天
        # 四万八: no unit (set 16 call 6)
        P("百分之六十", 0.6),                       # 医保报了百分之六十
        # 一千三百多: no unit; 两万来块: 来 between the numeral and the unit (set 10 call 7); 一百八: no unit
        # #医保# #住院报销#: no place
        R("洛阳", LY),                              # #洛阳#: a hashtag is a topic, plain (set 14 call 3)
        R("洛阳", LY, in_org=True),                 # @洛阳医保: an account (set 3 call 14)
        # 年底: no number; 再报一次: a lone 一
    ],
    "heldout17-post-2": [
        D("2025年", "2025"),                        # 2025年的居民医保
        # 一个人: a lone 一 (no count)
        M("四百块", 400),
        M("两百块", 200),                           # 政府给代缴两百块
        D("2月28号之前", "--02-28", qualifier="until"),   # 号 for 日 (the guidelines' 当月25号); 之前 is an until word
        T("3个月", 3, "month"),                     # 要等3个月才能报销
        PH("13919386620"),                          # 村文书,电话…: a mobile
        R("天水", TS),                              # #天水#: a hashtag, plain
        R("秦安", QA),                              # #秦安#: 秦安县's short name (its city 天水 just before)
        R("甘肃", GS, in_org=True),                 # @甘肃医保
    ],
    "heldout17-post-3": [
        R("成都", CD),                              # 在成都看门诊
        # 一百八: no unit
        M("七十二块", 72),                          # 自己只出了七十二块
        # 一年能报两千来块: 一年 a lone 一, 两千来块 (来): nothing
        M("最高2000元", 2000, qualifier="max"),     # 一年最高2000元: 一年 is no period (lone 一, set 16 call 10); 最高 touches
        P("50%", 0.5),
        P("5个百分点", 0.05, points=True),          # 退休的还多5个百分点
        PH("12393"),
        R("成都", CD, in_org=True),                 # @成都医保
        R("成都", CD),                              # #成都医保#: a hashtag (topic), plain; #门诊共济# #医保#: no place
    ],
}
