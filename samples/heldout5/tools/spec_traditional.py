from gold_lib import *

XM, FJ, TW = "350200", "350000", "710000"           # 厦门市, 福建省, 台湾省
# traditional.txt: Taiwan-style Traditional text; the gold indexes its Simplified normalisation (opencc t2s,
# then NFKC, as for the first set's traditional.txt).  臺灣 → 台湾 (province-level 710000), 新臺幣 → 新台币.
# 大陆, 两岸 (两岸新闻网): no gazetteer names.
SPEC = [
    R("厦门", XM),                                  # title: 台胞在厦门参加医保 (a topic)
    D("2025-03-12", "2025-03-12"),                  # 14:20 a time; 两岸新闻网: a news site with no place
    R("厦门", XM),                                  # dateline 记者林某/厦门报导: a plain place (set 2 call 5)
    R("台湾", TW),                                  # 台湾乡亲
    R("福建省厦门市", XM, in_org=True),             # 福建省厦门市医疗保障局: one chain, in an office's name
    D("2019年起", "2019", qualifier="from"),
    R("厦门", XM),
    R("台湾", TW),                                  # 台湾同胞
    D("2024年底", "2024", qualifier="approx"),      # 截至…
    R("厦门市", XM),
    C("3.2万人", 32000, "person"),
    D("2023年底", "2023", qualifier="approx"),
    C("约4,600人", 4600, "person", qualifier="approx"),
    R("台湾", TW),                                  # 台湾居民居住证: a document's topic, not in_org; 台胞证: no place
    R("台湾", TW),                                  # 台湾同胞
    R("厦门", XM),
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),             # 每人每年400元
    # 约合新台币1,780元: the unit 元 touches the number; 新台币 written before the number names the currency
    # (TWD) but, like 人民币 in 约合人民币550元 (set 3 call 8), is no part of the span; 约合 is no qualifier
    M("1,780元", 1780, currency="TWD"),
    DR("2024年9月1日至12月31日", "2024-09-01", "2024-12-31"),
    M("每年200元", 200, period="year"),             # 在校台生则按每人每年200元 (台生: no place)
    R("厦门", XM),                                  # 二级医院, 三级医院: grades
    P("75%", 0.75),
    P("65%", 0.65),
    M("40万元", 400000),                            # 年度最高支付限额为40万元: 为 between 最高 and the amount
    P("60%以上", 0.6, qualifier="min"),             # 可达60%以上
    R("思明区", "350203"),                          # 一位在思明区…: 一位 a lone 一
    # 台北青年: 台北 is no unit of GB/T 2260 (the gazetteer has 台湾省 only): no region
    T("5天", 5, "day"),                             # 住了5天
    M("1.2万元", 12000),
    M("3,000元", 3000),                             # 不到3,000元: 不到 is no qualifier (set 2 call 7)
    R("台湾", TW),                                  # 台胞在台湾已参加全民健康保险 (康保 in 健康保险: no place)
    R("台湾", TW),                                  # 在台湾的健保权益
    R("福建省", FJ, in_org=True),                   # 福建省医疗保障局
    R("福州市", "350100"),
    R("平潭县", "350128"),
    R("厦门", XM),                                  # 推广厦门经验
    PH("0592-5396201"),
    R("厦门市", XM, in_org=True),                   # (厦门市医保中心台胞服务专窗)
    # 周一至周五8:00-12:00、14:30-17:30: times
    U("www.xmyb.example.gov.cn"),
    D("2025年3月12日", "2025-03-12"),               # (两岸新闻网 2025年3月12日 电)
]
