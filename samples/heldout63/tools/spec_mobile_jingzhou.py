from gold_lib import *

HB, JZ = "420000", "421000"                         # 湖北省, 荆州市
SS, JZQ, GA, JL = "421002", "421003", "421022", "421088"   # 沙市区, 荆州区, 公安县, 监利市 (监利县 until 2020)
SZ, SHS, HH = "421087", "421081", "421083"          # 松滋市, 石首市, 洪湖市
DOCS = {
    "heldout63-m-1": [
        # tabs 推荐 | 医保 | 健康 | 视频 | 本地: nothing
        R("湖北荆州", JZ),                          # title 2025湖北荆州…: bare year; 一文看懂: lone 一
        R("荆州", JZ, in_org=True),                 # 掌上荆州健康: the account's name (city over 荆州区)
        D("2025-10-15", "2025-10-15"),              # 08:30: a time
        R("湖北", HB),                              # location tag after the time: plain (set 2 call 5)
        # 分享 1.2万 | 收藏 856 | 点赞 3421: share counters with no unit, nothing
        R("荆州市", JZ),                            # 荆州市城乡居民医保: a place before a programme
        P("65%", 0.65),
        P("60%", 0.6),
        P("50%", 0.5),
        M("每年300元", 300, period="year"),         # 年度限额每人每年300元 → 每年300元
        # "两病": no number
        P("70%", 0.7),
        M("400元", 400),
        M("600元", 600),
        R("沙市区", SS),
        R("荆州区", JZQ),                           # written with 区: the county-level district, not the city
        R("公安县", GA),
        R("监利市", JL),
        # 四地: no classifier
        C("486家", 486, "institution"),
        P("98.5%", 0.985),
        # 市公安局: 公安 is the police, not 公安县 (no 县); 市 alone is no place
        PH("110"),
        # 评论 236 | 转发 98: counters
        Article("related-01"),
        R("荆州", JZ),                              # 荆州门诊慢特病…: a place before a topic
        R("荆州市", JZ),
        # 由每季度受理改为每月受理: period words with no amount
        DR("每月1-10日", "---01", "---10", recurring="monthly"),
        # 次月起: a relative month with no day, nothing
        C("3种", 3, "kind"),
        D("2025-10-08", "2025-10-08", role="pubdate"),
        Article("related-02"),
        R("松滋", SZ),
        R("石首", SHS),
        # 两地: 地 is no classifier
        C("312个", 312, "item"),
        C("12项", 12, "item"),
        D("2025-09-30", "2025-09-30", role="pubdate"),    # category 本地
    ],
    "heldout63-m-2": [
        # 医保 > 热门: breadcrumb
        R("监利县", JL, renamed_from="监利县"),     # title: the old name (→ 监利市 421088)
        R("荆州", JZ, in_org=True),                 # 掌上荆州健康
        D("2025-10-12", "2025-10-12"),
        # 分享 5638 | 收藏 412: counters
        D("2016年", "2016"),
        R("监利县", JL, renamed_from="监利县"),     # 监利县新农合证: a place before a programme
        R("监利市", JL, in_org=True),               # 监利市医疗保障局
        R("监利县", JL, renamed_from="监利县"),
        D("2020年", "2020"),
        D("2017年", "2017"),
        R("监利市", JL),                            # 监利市居民医保: a programme
        C("约112万人", 1120000, "person", qualifier="approx"),
        D("2025年度", "2025"),
        M("每年400元", 400, period="year"),
        P("90%", 0.9),                              # 最高可达90%: 可达 stands between
        T("80岁以上", 80, "year", age=True, qualifier="min"),
        # 各乡镇(区): unit words
        T("10分钟", 10, "minute"),                  # 10分钟内: 内 is not a qualifier
        PH("0716-3305126"),
        PH("139 7163 5208"),
        Article("related-01"),
        R("洪湖市", HH),                            # 洪湖市2026年度居民医保…: a programme
        D("2026年度", "2026"),
        DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
        M("400元", 400),                            # 每人400元: 每 + classifier
        D("2025-09-02", "2025-09-02", role="pubdate"),
    ],
    "heldout63-m-3": [
        # tabs (推荐 医保 健康 本地): nothing
        R("荆州", JZ),                              # title 荆州职工医保…: a topic
        R("荆州", JZ, in_org=True),                 # 掌上荆州健康
        D("2025-09-28", "2025-09-28"),
        R("湖北", HB),                              # location tag
        # 分享 2.3万 · 收藏 1,024: counters
        D("2025年1月1日起", "2025-01-01", qualifier="from"),   # 自<strong>2025年1月1日</strong>起
        R("荆州市", JZ),
        M("每月95元", 95, period="month"),          # 每人每月<strong>95元</strong> → 每月95元
        P("2%", 0.02),
        M("每年200元", 200, period="year"),
        P("60%", 0.6),
        P("70%", 0.7),
        M("5000元", 5000),
        DR("2025年1-8月", "2025-01", "2025-08"),
        C("186.4万人次", 1864000, "person"),
        M("2.36亿元", 236000000),
        Article("related-01"),
        R("公安县", GA, in_org=True),               # 公安县医保中心 (an office)
        R("公安县", GA),                            # 新址位于公安县斗湖堤镇: the township is no place, the county is
        PH("0716-5221018"),
        D("2025-09-20", "2025-09-20", role="pubdate"),
        Article("related-02"),
        R("荆州", JZ),                              # 荆州大病保险: a programme
        M("1.2万元", 12000),
        P("65%", 0.65),
        M("40万元", 400000),                        # 年度最高支付40万元: 支付 stands between 最高 and the amount
        D("2025-09-11", "2025-09-11", role="pubdate"),
    ],
}
