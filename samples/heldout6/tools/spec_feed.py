from gold_lib import *

YL, XJ, DL, XZ = "654000", "650000", "532900", "540000"   # 伊犁哈萨克自治州, 新疆, 大理白族自治州, 西藏自治区
# Stray spaces and line breaks of the records stand only between a mention and the words around it
# (never between a number and its unit), so they never enter a span.
DOCS = {
    "heldout6-feed-1": [
        R("伊犁州", YL),                            # short form with its own suffix 州 (set 2 call 3: 恩施州)
        D("2025年度", "2025"),
        D("2024-09-20", "2024-09-20"),              # 发布时间: (space) 2024-09-20: a plain date (set 1 call 8)
        R("伊犁", YL, in_org=True),                 # 来源: 伊犁日报: a newspaper (set 1 call 7)
        R("伊犁哈萨克自治州", YL, in_org=True),     # 伊犁哈萨克自治州医疗保障局
        D("2025年度", "2025"),
        DR("2024年9月1日至12月31日", "2024-09-01", "2024-12-31"),   # after a line break
        M("每年400元", 400, period="year"),         # 每人每年400元 (set 1 call 2)
        R("伊宁市", "654002"),
        R("奎屯市", "654003"),
        R("霍尔果斯市", "654004"),
        R("新疆", XJ, in_org=True),                 # “新疆医保” 微信公众号: an account (in_org)
        R("新疆", XJ, in_org=True),                 # “新疆税务” APP
        P("50%", 0.5),                              # 按 50% 给予资助: spaces around, none inside
        P("100%", 1),
        # 去年: no date; 全州 (the whole prefecture): no place, not 全州县 (广西)
        C("312.6万人", 3126000, "person"),          # 共有 312.6万人: 有 and a space between, no qualifier
        P("97.3%", 0.973),                          # 97.3% 。 (a space before the full stop)
        PH("0999-8123706"),
    ],
    "heldout6-feed-2": [
        R("大理州", DL),                            # 【大理州】: a label
        R("大理白族自治州", DL, in_org=True),       # 来源:大理白族自治州医疗保障局
        D("2025-04-08", "2025-04-08"),
        D("2025年5月1日起", "2025-05-01", qualifier="from"),   # 起 touches the date; the space and the comma follow
        R("大理州", DL),                            # 大理州门诊慢特病…: a place before a topic
        P("60%", 0.6),                              # 由60%提高至70%: two percents
        P("70%", 0.7),
        M("每年5000元", 5000, period="year"),       # 每人每年5000元 on a line of its own after 提高到
        R("大理市", "532901"),                      # with its suffix 市: the county-level city
        R("漾濞彝族自治县", "532922"),
        D("4月1日", "--04-01"),
        C("32种", 32, "kind"),
        C("约8.5万人", 85000, "person", qualifier="approx"),
        T("10个工作日", 10, "workday"),             # 在 10个工作日 内: 内 is no qualifier (and a space before it)
        PH("0872-2316058"),
    ],
    "heldout6-feed-3": [
        R("西藏自治区", XZ, in_org=True),           # 西藏自治区医疗保障局消息
        D("2025年起", "2025", qualifier="from"),
        R("西藏", XZ),                              # 西藏城乡居民医保: a place before a programme
        M("每年760元", 760, period="year"),         # 每人每年760元
        R("拉萨市", "540100"),
        R("日喀则市", "540200"),
        R("林芝市", "540400"),
        # 区内, 外省: no places
        P("不低于85%", 0.85, qualifier="min"),
        M("25万元", 250000),                        # 最高可报销25万元: 可报销 stands between (guidelines: 最多报销60%)
        # <img alt="2025年西藏医保待遇一览">: alt text is not page text (not in the normalised text)
        PH("0891-6832156"),
    ],
}
