from gold_lib import *

# Hong Kong newspaper feature (港湾日报, invented), HK Traditional; offsets index the t2s + NFKC text.
SZ, LH, GZ, ZH, ZS, HK = "440300", "440303", "440100", "440400", "442000", "810000"
SPEC = [
    # 【大湾区生活】: 大湾区 is no unit; 港人 (港 one character) nothing
    R("深圳", SZ),                                  # 深圳医保点计数: a topic, plain; 点计数 (Cantonese "how is it counted") has no number
    # 港湾日报: 港湾 is a word, no place
    R("深圳", SZ),                                  # dateline 深圳报道: plain
    D("2024年9月起", "2024-09", qualifier="from"),
    R("深圳", SZ),
    R("香港", HK),                                  # 香港居民: a place before people, plain
    # 港澳居民居住证: 港澳 no place
    R("深圳市", SZ),                                # 深圳市城乡居民基本医疗保险: a programme, plain
    R("罗湖区", LH),                                # 深圳's (the only 罗湖区)
    # 每日过关: 每日 + no amount
    R("香港", HK),
    R("深圳", SZ),                                  # 喺深圳睇病 (Cantonese 喺 = 在)
    # 一次急诊: lone 一; 成千蚊: 成千 no number, 蚊 (Cantonese for a dollar) no currency unit of the guidelines
    P("七成", 0.7),
    R("深圳市", SZ, in_org=True),                   # 深圳市医疗保障局
    D("2025年度", "2025"),
    M("每年424元", 424, period="year"),             # 每人每年424元人民币: 每人 no period (set 1 call 2), 人民币 after the unit outside (set 13)
    M("约460港元", 460, currency="HKD", qualifier="approx"),   # the HKD amount side by side, in parentheses
    # 一档: lone 一, 档 no classifier
    R("香港", HK),                                  # 香港长者
    M("1,230元", 1230),                             # 每年要交人民币1,230元: 要交人民币 between 每年 and the amount: no period; 人民币 before it outside
    M("约1,335港元", 1335, currency="HKD", qualifier="approx"),   # 即约: 即 a conjunction, 约 touches
    DR("1至6月", "--01", "--06"),                   # 今年1至6月: 今年 not part of the range (no year written)
    # 港澳台: no place
    C("约1.2万人", 12000, "person", qualifier="approx"),
    R("香港", HK),
    P("约八成", 0.8, qualifier="approx"),
    # 港人: nothing
    R("深圳", SZ),                                  # 在深圳的社康中心: 的 between, a plain place
    P("70%", 0.7),
    # 一级医院 / 三级医院: hospital levels
    P("90%", 0.9),
    P("80%", 0.8),
    M("60万元", 600000),                            # 年度最高支付限额为60万元: 最高 does not touch
    R("香港", HK),                                  # 香港公立医院: a generic description, plain (set 1 call 7)
    M("每次180港元", 180, currency="HKD", period="time"),
    # 一次普通科门诊: lone 一
    M("500至800港元", (500, 800), currency="HKD"),  # one unit after the second number: one range (call 4)
    R("罗湖区", LH),                                # 罗湖区一间社康中心: a counted, unnamed centre: plain; 一间 lone 一 (间 no classifier)
    T("三个月", 3, "month"),                        # 过去三个月
    C("近300名", 300, "person", qualifier="approx"),   # 近 is on the shared list (nearly)
    T("60岁以上", 60, "year", age=True, qualifier="min"),   # 多数系60岁以上 (系 = 係, the copula)
    R("深圳", SZ),                                  # 每个月返深圳: 每个月 + no amount
    C("两次", 2, "time"),
    # 九龙 (家住九龙): Hong Kong's Kowloon, not 九龙县 (四川, short name 九龙): call 2
    T("72岁", 72, "year", age=True),
    # 八达通 (Octopus card), 一样: nothing
    T("3个月", 3, "month"),                         # 需待3个月后: 后 is no qualifier of a duration (guidelines: 30日后 → 30日)
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    DR("每年9月1日至12月31日", "--09-01", "--12-31", recurring="yearly"),
    # 翌年: no number
    R("广州", GZ),
    R("广州", GZ),
    M("约620元", 620, qualifier="approx"),          # 由雇主每月为他缴纳约620元: 每月 does not touch: no period
    C("两个", 2, "item"),                           # 两个城市
    R("深圳", SZ),
    R("广州", GZ),
    R("珠海", ZH),
    R("中山", ZS),                                  # the city 中山市, not 大连's 中山区 (a list of 大湾区 cities)
    R("深圳市", SZ, in_org=True),                   # 深圳市医疗保障局
    PH("(0755) 8813 2266"),
    PH("12393"),
    R("广州市", GZ, in_org=True),                   # 广州市医保服务中心
    PH("020-83567890"),
    R("香港", HK, in_org=True),                     # 香港衞生署 (t2s keeps the HK variant 衞): a government department
    m("phone", "+852 2961 8989", "+85229618989", kind="fixed"),   # Hong Kong's plan, no area_code (guidelines)
    # 港湾日报: no place
    D("2025年7月15日", "2025-07-15"),
]
