from gold_lib import *

MY, ZJ, BT = "510700", "440800", "150200"           # 绵阳市 (四川), 湛江市 (广东), 包头市 (内蒙古)

DOCS = {
    "heldout81-news-1": [
        R("绵阳市", MY, in_org=True),               # 绵阳市医保局发布…
        D("2025年", "2025"),                        # 2025年第二季度 → 2025年; 第二季度 an ordinal, nothing (as set 40's 2025年下半年)
        D("2025-07-25", "2025-07-25"),
        R("绵阳市", MY, in_org=True),               # 来源:绵阳市医疗保障局
        R("绵阳市", MY, in_org=True),               # 绵阳市医疗保障局日前…
        DR("2025年4-6月", "2025-04", "2025-06"),
        # 第二季度: ordinal; 全市: no place
        M("42.36亿元", 4236000000),
        P("3.8%", 0.038),
        R("涪城区", "510703"),
        R("游仙区", "510704"),
        R("江油市", "510781"),
        # 三地: 地 is no classifier
        P("52.4%", 0.524),
        C("11.7万人次", 117000, "person"),
        M("9.85亿元", 985000000),
        C("57家", 57, "institution"),
        R("三台县", "510722"),
        C("9家", 9, "institution"),
        # 编号MY-YB-2025Q2: an ID; 1.6MB: a file size
        C("3,641条", 3641, "item"),
        R("绵阳市", MY, in_org=True),               # 绵阳市公共数据开放平台
        D("2025年10月下旬", "2025-10", qualifier="approx"),
        PH("0816-2357810"),
    ],
    "heldout81-news-2": [
        R("湛江", ZJ),                              # 湛江:医保药品…上线 (a headline's place label), plain
        D("2025-06-12", "2025-06-12"),              # 15:30 a time of day
        R("湛江市", ZJ, in_org=True),               # 来源:湛江市医疗保障局
        R("湛江市", ZJ, in_org=True),
        D("6月11日", "--06-11"),
        # “粤省事”: 粤 a one-character abbreviation, no place
        C("2.6万条", 26000, "item"),                # <strong>2.6万</strong>条: one mention across the tag
        C("1.8万种", 18000, "kind"),
        C("8,000余种", 8000, "kind", qualifier="min"),   # 余 between the number and the classifier
        # 每周一更新: every Monday (周一 a weekday), no duration
        P("53%", 0.53),
        R("霞山区", "440803"),
        R("赤坎区", "440802"),
        C("12家", 12, "institution"),
        M("10-50元", (10, 50)),
        PH("12345"),
        PH("0759-3161208"),
        C("4.3万人次", 43000, "person"),
        C("6,100余人次", 6100, "person", qualifier="min"),
    ],
    "heldout81-news-3": [
        R("包头", BT),                              # headline 包头医保开放数据集…: a topic
        C("10万次", 100000, "time"),                # 破10万次: 破 is no qualifier
        D("2025-09-03", "2025-09-03"),
        R("包头", BT, in_org=True),                 # 来源:包头日报
        R("包头市", BT, in_org=True),               # 包头市医疗保障局
        D("2023年9月", "2023-09"),                  # 自2023年9月…以来: 以来 does not touch
        R("包头市", BT, in_org=True),               # 包头市公共数据开放平台
        C("19个", 19, "item"),
        C("10.2万次", 102000, "time"),
        R("包头市", BT),                            # “包头市城乡居民医保缴费档次及标准”: a dataset's name, a topic
        D("2025年度", "2025"),
        M("每年400元", 400, period="year"),         # 每人每年400元 (set 1 call 2)
        M("每年不低于670元", 670, period="year", qualifier="min"),   # set 1 call 3
        R("昆都仑区", "150203"),
        R("青山区", "150204"),                      # 包头's 青山区 (after 昆都仑区), not 武汉's
        C("48.3万人", 483000, "person"),
        C("36.9万人", 369000, "person"),
        P("超过97%", 0.97, qualifier="min"),
        C("上限2000次", 2000, "time", qualifier="max"),   # 每日上限2000次: 上限 (shared list, before) touches
        T("不超过5个工作日", 5, "workday", qualifier="max"),
        PH("0472-5169037"),
        E("kfsj@btyb.example.gov.cn"),
    ],
}
