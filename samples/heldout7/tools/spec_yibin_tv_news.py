from gold_lib import *

YB, SC, CD = "511500", "510000", "510100"           # 宜宾市, 四川省, 成都市
SPEC = [
    R("宜宾", YB, in_org=True),                     # header: 宜宾广播电视台 (a broadcaster's name)
    R("宜宾市", YB, in_org=True),                   # 宜宾市融媒体中心
    R("宜宾", YB),                                  # headline 宜宾:2025年度…: the subject, no org
    D("2025年度", "2025"),
    P("96.8%", 0.968),
    D("2025-01-07", "2025-01-07"),                  # 发布 line 2025-01-07 18:20: 18:20 is a time of day
    R("宜宾", YB, in_org=True),                     # 来源:宜宾广播电视台
    # 本台讯: nothing
    R("宜宾市", YB, in_org=True),                   # 宜宾市医疗保障局
    D("2024年12月31日", "2024-12-31"),              # 截至2024年12月31日: 截至 outside
    # 全市: no place
    D("2025年度", "2025"),
    C("398.6万人", 3986000, "person"),
    P("96.8%", 0.968),
    # 比上年: no date
    P("1.2个百分点", 0.012, points=True),
    R("叙州区", "511504"),
    R("翠屏区", "511502"),
    R("南溪区", "511503"),
    P("98%以上", 0.98, qualifier="min"),
    R("长宁县", "511524"),                          # written in full (长宁 alone is also 上海's 长宁区)
    R("珙县", "511526"),                            # a one-character name + 县
    R("兴文县", "511528"),
    D("2025年度", "2025"),
    R("宜宾市", YB),                                # 2025年度宜宾市城乡居民医保…: a place before a programme
    M("每年400元", 400, period="year"),             # 每人每年400元: 每人 outside (set 1 call 2)
    M("每年不低于670元", 670, period="year", qualifier="min"),   # 每人每年不低于670元 (set 6: 每年不低于490元)
    C("7类", 7, "kind"),                            # 7类困难群体
    P("60%", 0.6),                                  # 60%至100%: every % is its own mention
    P("100%", 1),
    C("21.3万人", 213000, "person"),
    M("约6800万元", 68000000, qualifier="approx"),
    D("2025年1月1日起", "2025-01-01", qualifier="from"),   # 从…起: 从 outside
    R("宜宾市", YB),                                # 宜宾市城乡居民: a place before a topic
    P("50%", 0.5),
    P("55%", 0.55),
    M("每年300元", 300, period="year"),             # 每人每年300元
    P("70%", 0.7),
    # 一级医疗机构, 三级医疗机构: hospital levels
    M("200元", 200),
    M("800元", 800),
    M("15万元", 150000),                            # 年度最高支付限额15万元: 最高 does not touch
    M("40万元", 400000),                            # 最高可再报销40万元: 可再报销 stands between
    # 市医保局: no place (市 alone)
    D("2025年度", "2025"),
    D("2024年12月31日", "2024-12-31"),              # 已于…结束: a plain date
    D("2025年3月31日前", "2025-03-31", qualifier="until"),
    T("3个月", 3, "month"),                         # 3个月待遇等待期
    T("90天", 90, "day"),                           # 出生后90天内: 内 is not on the shared list
    R("宜宾", YB, in_org=True),                     # “宜宾医保”微信公众号 (an account's name)
    PH("0831-2356108"),
    PH("12345"),
    R("宜宾", YB, in_org=True),                     # (宜宾广播电视台 全媒体记者 …)
    # 相关新闻: four related items (title, one-line snippet, a date line), keys as in samples/gold.
    # The date line is the item's `category date` line: 来源:<source> <date> or <date> <time>;
    # its date is the pubdate, a time of day after it is nothing, a place in the source name is in_org.
    Article("related-01"),
    R("宜宾市", YB),                                # title: 宜宾市2024年医保基金…: the subject
    D("2024年", "2024"),
    M("52亿元", 5200000000),                        # 超52亿元: 超 is not on the shared list (超过 is), so outside
    D("2024年", "2024"),
    # 全市: no place
    M("52.37亿元", 5237000000),
    P("6.4%", 0.064),
    C("38.2万人次", 382000, "person"),
    R("宜宾", YB, in_org=True),                     # 来源:宜宾新闻网 (a site's name)
    D("2025-01-06", "2025-01-06", role="pubdate"),
    Article("related-02"),
    R("翠屏区", "511502"),                          # title 翠屏区:…: the subject
    R("翠屏区", "511502", in_org=True),             # 翠屏区医保局
    C("12家", 12, "institution"),
    C("286名", 286, "person"),
    T("15个工作日", 15, "workday"),                 # 15个工作日内: 内 outside
    R("翠屏区", "511502", in_org=True),             # 来源:翠屏区融媒体中心
    D("2024-12-27", "2024-12-27", role="pubdate"),
    Article("related-03"),
    R("四川", SC),                                  # 四川将于…: the province, the subject
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    # 全省: no place
    C("65种", 65, "kind"),
    T("2年", 2, "year"),                            # 有效期2年; 定结 in 认定结果: part of a word, no place (定结县 is in 西藏)
    # 跨市: no place
    D("2024-12-20", "2024-12-20", role="pubdate"),  # date line without a source: 2024-12-20 10:32 (10:32 a time)
    Article("related-04"),
    R("宜宾", YB),                                  # 宜宾至成都: two places, no range
    R("成都", CD),
    # 每天开行42对: 对 is not a classifier of the guidelines, no count; 每天 touches no amount
    T("100分钟", 100, "minute"),                    # 最快100分钟可达: 最快 is not on the shared list
    R("宜宾", YB),
    R("成都", CD),
    T("约100分钟", 100, "minute", qualifier="approx"),
    # 二等座: a class, no count
    M("最低134元", 134, qualifier="min"),
    D("2024-12-18", "2024-12-18", role="pubdate"),  # 2024-12-18 08:05
    # The page ends with the last item's date line (a footer with the broadcaster's name and ICP numbers was
    # left out of the draft: the guidelines do not say which article a footer after the related block belongs to).
]
