from gold_lib import *

AH = "340000"
SPEC = [
    R("安徽", AH, in_org=True),                    # 安徽医保 | …: the account's name (set 7 call on 南阳医保 |)
    R("安徽省", AH, in_org=True),                  # 安徽省医疗保障局 (the account line)
    D("2025年12月18日", "2025-12-18"),              # 09:30: a time of day
    C("5条", 5, "item"),                           # 其中传播较广的5条
    # 谣言一 … 谣言五: list words. The quoted rumours are text like any other (guidelines: every article
    # counts): their numbers are mentions (README call 1)
    # 断缴一个月: lone 一, no duration
    T("六个月", 6, "month"),                       # in the quoted rumour
    DR("每年9月1日至12月31日", "--09-01", "--12-31", recurring="yearly"),   # (每年…): 每年 is part of it
    T("不超过3个月", 3, "month", qualifier="max"),
    T("六个月", 6, "month"),                       # 不是六个月
    T("3个月", 3, "month"),                        # 3个月内补缴: 内 is not on the shared list
    # 今年, 明年: no dates
    M("1000块", 1000),                             # quoted rumour: 块 is a currency unit
    M("2000块", 2000),
    D("2026年度", "2026"),
    R("安徽省", AH),                               # 2026年度安徽省城乡居民医保: a place before a programme
    M("每年400元", 400, period="year"),            # 每人每年400元 (set 1 call 2)
    # 与上年持平: no date
    M("每年不低于700元", 700, period="year", qualifier="min"),
    # 断缴一次: lone 一
    M("500元", 500),                               # quoted rumour: 罚款500元
    D("2025年起", "2025", qualifier="from"),       # 自2025年起: 自 a preposition outside
    T("4年", 4, "year"),                           # 满4年: 满 is no qualifier
    T("1年", 1, "year"),                           # 每连续参保1年
    M("不低于1000元", 1000, qualifier="min"),
    P("30%", 0.3),                                 # quoted rumour: 只有30% (只有 is not on the shared list)
    # 外地, 本地, 就医地, 参保地: no place
    P("10个百分点", 0.1, points=True),
    P("30%", 0.3),                                 # 并不是只有30%
    # 年底清零: 年底 has no number, nothing
    D("12月31日前", "--12-31", qualifier="until"),
    D("2025年11月底", "2025-11", qualifier="approx"),   # 截至…: 截至 a preposition outside; 底 → approx
    # 全省: no place
    C("6152万人", 61520000, "person"),
    P("95%以上", 0.95, qualifier="min"),
    PH("12393"),
    PH("0551-62998123"),                           # 0551: 合肥市
    U("https://ybj.ah.example.gov.cn"),
    R("安徽省", AH, in_org=True),                  # 来源:安徽省医疗保障局; 王某, 李某: people
    # 阅读 2.3万, 赞 512: counters without a unit, nothing
]
