from gold_lib import *

GZ, GY = "520000", "520100"                         # 贵州省, 贵阳市
HB, WH, YC = "420000", "420100", "420500"           # 湖北省, 武汉市, 宜昌市
SD, JN, LX = "370000", "370100", "370102"           # 山东省, 济南市, 历下区

DOCS = {
    "heldout78-news-1": [
        R("贵州", GZ),                              # headline: the province as the topic, plain
        D("3月起", "--03", qualifier="from"),
        M("1000元以上", 1000, qualifier="min"),     # 每片晶体少花1000元以上: 每 + a classifier, no period
        D("2025-02-26", "2025-02-26"),              # the item's own date line: plain
        R("贵阳", GY, in_org=True),                 # 来源:贵阳日报
        R("贵州省", GZ, in_org=True),               # 贵州省医疗保障局
        D("2025年3月1日起", "2025-03-01", qualifier="from"),
        # 全省: no place
        C("27家", 27, "institution"),
        C("86个", 86, "item"),
        M("300-1,200元", (300, 1200)),              # 中选价格在300-1,200元之间: one range, one unit
        M("不超过4,800元", 4800, qualifier="max"),  # 最高不超过4,800元: 不超过 touches, 最高 does not
        P("60%", 0.6),
        # 去年: no number
        C("5.2万例", 52000, "case"),
        M("约1.1亿元", 110000000, qualifier="approx"),   # 每年可减轻群众负担约1.1亿元: 每年 does not touch
        R("贵阳市", GY, in_org=True),               # 贵阳市第一人民医院 (第一: an ordinal inside the name)
        T("70岁", 70, "year", age=True),
        C("两片", 2, "piece"),                      # 两片晶体
        M("1,560元", 1560),
        M("3,000元", 3000),                         # 将近3,000元: 将近 is not on the shared list
        T("2天", 2, "day"),
        R("贵州", GZ, in_org=True),                 # “贵州医保”微信公众号: an account's name
        PH("0851-85826931"),
    ],
    "heldout78-news-2": [
        R("湖北", HB),                              # headline 湖北牵头…: the actor, plain; 满一年 (lone 一)
        D("2025-05-09", "2025-05-09"),              # 发布时间 of the item: plain
        R("湖北省", HB, in_org=True),               # 来源:湖北省医疗保障局
        R("湖北省", HB),                            # 湖北省牵头的…: the actor, plain (set 57 call 12)
        D("2024年4月30日起", "2024-04-30", qualifier="from"),
        # 至今已满一年: lone 一
        C("27个", 27, "item"),                      # <strong>27</strong>个省份
        M("5,250元", 5250),                         # <strong>5,250</strong>元/枚: the amount only
        M("1,960元", 1960),
        P("74%", 0.74),
        D("2025年4月底", "2025-04", qualifier="approx"),   # 截至2025年4月底: 截至 a preposition
        R("武汉市", WH),
        # 2.3万枚: 枚 is no classifier of the guidelines (like 套, set 57 call 2): nothing
        R("宜昌市", YC, in_org=True),               # 宜昌市中心人民医院
        C("1,180例", 1180, "case"),
        P("约35%", 0.35, qualifier="approx"),
        R("湖北", HB),                              # 湖北医保服务热线: a place before a hotline's name, a programme (set 70 call 5)
        PH("027-87275100"),
        PH("12393"),
        D("2026年4月前", "2026-04", qualifier="until"),
        T("2至3年", (2, 3), "year"),                # 协议期为2至3年: one duration range (2, 3 are no years)
    ],
    "heldout78-news-3": [
        R("山东", SD),                              # headline: the province as the topic, plain
        P("不超过5%", 0.05, qualifier="max"),       # 上浮不超过5%
        D("2025-06-03", "2025-06-03"),
        R("济南", JN, in_org=True),                 # 大众网·济南: a news site's channel (set 1 call 7)
        D("6月3日", "--06-03"),
        R("山东省", SD, in_org=True),               # 山东省医保局
        C("112家", 112, "institution"),
        T("3年", 3, "year"),                        # 协议期为3年
        DR("2025年7月1日至2028年6月30日", "2025-07-01", "2028-06-30"),
        # 首年; 约1.1万套: 套 is no classifier (set 57 call 2): nothing
        C("5个", 5, "item"),                        # 5个产品系统
        # “鲁脊2023”: a year in a product's name without 年 (鲁: a one-character abbreviation); 型号LJ-C07, 高度7mm: nothing
        M("1,380元", 1380),                         # 1,380元/个
        P("3.2%", 0.032),
        P("约80%", 0.8, qualifier="approx"),
        R("济南市历下区", LX),                      # a chain: where the patient lives, plain; 一位 (lone 一)
        T("65岁", 65, "year", age=True),
        T("两年", 2, "year"),                       # 两年前 (like 30日后 → 30日)
        M("十一二万元", (110000, 120000)),          # two neighbouring numerals: a range (guidelines: 三四百块)
        M("2万元左右", 20000, qualifier="approx"),
        PH("0531-86917022"),
        # 周一至周五: weekdays; 8:30-17:00 a time of day
    ],
}
