from gold_lib import *

JL = "220000"                                       # 吉林省
SPEC = [
    R("吉林省", JL, in_org=True),                   # 吉林省医疗保障局关于省十四届人大二次会议第1087号建议的答复
    # 省十四届人大二次会议: 十四届 and 二次 (the second session) are ordinals, like 二次报销 — no counts
    # 第1087号建议, (第1087号): the proposal's number (a document number); 吉医保建字〔2024〕56号: a document number
    # 《关于进一步减轻农村居民就医负担的建议》: no mention; 省财政厅、省卫生健康委、省民政厅: 省 alone is no place
    DR("2019—2023年", "2019", "2023"),              # year range with the Chinese dash U+2014 (set 3 call 1)
    M("520元", 520),
    M("640元", 640),
    M("250元", 250),
    M("380元", 380),
    D("2023年", "2023"),
    C("1,615.3万人", 16153000, "person"),
    P("95%以上", 0.95, qualifier="min"),
    M("156.8亿元", 15680000000),
    D("2019年", "2019"),                            # 较2019年增长21.4%
    P("21.4%", 0.214),
    P("70.2%", 0.702),
    D("2019年", "2019"),
    P("3.5个百分点", 0.035, points=True),
    C("29种", 29, "kind"),
    C("46种", 46, "kind"),
    M("不超过300元", 300, qualifier="max"),
    M("不超过500元", 500, qualifier="max"),
    # “十四五”: the name of a five-year plan, no number with a unit
    R("吉林省", JL, in_title=True),                 # 《吉林省“十四五”全民医疗保障规划》: a topic (no org)
    D("2021年", "2021"),                            # (2021年): the year of a cited document
    R("吉林省", JL, in_title=True),                 # 《吉林省城乡居民基本医疗保险门诊统筹管理办法》
    D("2022年", "2022"),
    P("75%", 0.75),
    P("80%", 0.8),
    # 《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》(国办发〔2021〕42号): no place; a document number
    D("2022年3月", "2022-03"),
    M("1.2万元", 12000),
    P("50%", 0.5),                                  # 起付线降低50%
    P("5个百分点", 0.05, points=True),
    D("2023年", "2023"),
    C("97.6万人", 976000, "person"),
    M("4.13亿元", 413000000),
    C("312.4万人次", 3124000, "person"),
    M("9.82亿元", 982000000),
    # 三重制度: no classifier
    P("81.6%左右", 0.816, qualifier="approx"),
    D("2023年底", "2023", qualifier="approx"),      # 截至2023年底: 截至 outside
    C("46个", 46, "item"),                          # 46个县(市、区) (set 1's 16个市)
    R("长春市农安县", "220122"),                     # chains, at the county: 长春市农安县 …
    R("吉林市永吉县", "220221"),                     # 吉林市 (the city) + 永吉县
    R("四平市梨树县", "220322"),
    R("通化市梅河口市", "220581"),
    R("延边州敦化市", "222403"),                     # 延边州 (set 2 call 3's 恩施州) + 敦化市: one chain
    C("5个", 5, "item"),                            # 等5个县(市)
    M("约1.37亿元", 137000000, qualifier="approx"),
    # DRG/DIP: no mention
    D("2023年", "2023"),
    P("78.3%", 0.783),
    # 一是/二是/三是: list words
    D("2024年底前", "2024", qualifier="until"),     # 底前 (set 6 call 10)
    C("50种以上", 50, "kind", qualifier="min"),
    D("2025年6月30日前", "2025-06-30", qualifier="until"),
    D("2025年", "2025"),                            # 力争到2025年: 到 a preposition, outside
    P("99%以上", 0.99, qualifier="min"),
    R("吉林省", JL, in_org=True),                   # 联系单位:吉林省医疗保障局待遇保障处
    # 联系人:李某某
    PH("0431-88906217"),
    R("吉林省", JL, in_org=True),                   # signature
    D("二〇二四年六月十八日", "2024-06-18"),
    # 抄送:省人大常委会代表工作委员会,省政府办公厅: no place
]
