from gold_lib import *

GX, GL, LG = "450000", "450300", "450312"           # 广西壮族自治区, 桂林市, 临桂区
LZ, YS, NN = "450200", "450321", "450100"           # 柳州市, 阳朔县, 南宁市
SPEC = [
    # 首页 > 健康问答 > 医保报销 > 正文: breadcrumb, no mentions
    R("广西桂林", GL),                              # title 2025广西桂林…: 2025 is a bare year (no 年), nothing
    R("桂林市临桂区", LG),                          # a chain: one mention at the county
    T("68岁", 68, "year", age=True),
    M("400元", 400),                                # 每年交400元: 交 stands between 每年 and the amount, no period
    R("桂林", GL, in_org=True),                     # 桂林医学院附属医院
    T("12天", 12, "day"),                           # 住了12天院
    M("2.6万元左右", 26000, qualifier="approx"),
    # 去外地看病: 外地 is no place
    D("2025-04-16", "2025-04-16"),                  # 提问时间: the time 09:32 is nothing
    # 浏览量:3826, 回答数:2: bare counters with no classifier, nothing
    # 李建国 主任医师: a 职称, no mention
    R("桂林", GL, in_org=True),                     # answerer's hospital 桂林医学院附属医院
    D("2025-04-16", "2025-04-16"),                  # 回答时间 …14:20 (time nothing)
    R("桂林市", GL, in_title=True),                 # 《桂林市城乡居民基本医疗保险实施办法》
    R("广西壮族自治区", GX, in_org=True),           # 广西壮族自治区医疗保障局
    D("2025年", "2025"),
    # 1. 2. 3.: list numbers; 一级及以下/二级/三级: hospital levels, nothing
    M("200元", 200),
    P("90%", 0.9),
    M("500元", 500),
    P("80%", 0.8),
    M("800元", 800),
    P("65%", 0.65),
    M("20万元", 200000),                            # 年度最高支付限额为20万元: 为 stands between 最高 and the amount
    M("1.3万元", 13000),                            # 大病保险起付线1.3万元
    M("1.3万元", 13000),                            # 1.3万元至10万元: a unit on each side → two mentions (set 1 call 4)
    M("10万元", 100000),
    P("60%", 0.6),
    M("10万元以上", 100000, qualifier="min"),
    P("70%", 0.7),
    M("不超过40万元", 400000, qualifier="max"),     # 年度最高不超过40万元: the touching qualifier is 不超过
    M("2.6万元左右", 26000, qualifier="approx"),
    M("800元", 800),
    M("约3000元", 3000, qualifier="approx"),
    M("约2.2万元", 22000, qualifier="approx"),
    P("65%", 0.65),
    M("1.43万元", 14300),                           # 大约能报1.43万元: 能报 stands between 大约 and the amount
    T("68岁", 68, "year", age=True),
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    P("5个百分点", 0.05, points=True),
    P("10个百分点", 0.1, points=True),
    P("20个百分点", 0.2, points=True),
    T("6个月", 6, "month"),
    R("广西", GX, in_org=True),                     # "广西医保"APP: an app's name
    PH("12393"),
    R("桂林市", GL, in_org=True),                   # 桂林市医保中心 (an office); 咨询电话 belongs to it
    PH("0773-2826513"),
    # 王丽 副主任医师
    R("桂林市", GL, in_org=True),                   # 桂林市人民医院
    D("2025-04-17", "2025-04-17"),                  # 回答时间 (08:05 nothing)
    DR("每年9月1日至12月31日", "--09-01", "--12-31", recurring="yearly"),
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),             # 每人每年400元 → 每年400元 (set 1 call 2)
    M("每年不低于700元", 700, period="year", qualifier="min"),   # 每人每年不低于700元 (set 1 call 3)
    M("300元左右", 300, qualifier="approx"),        # 每年限额300元左右: 限额 stands between 每年 and the amount
    P("50%", 0.5),
    T("30天", 30, "day"),                           # 30天内: 内 is not a qualifier
    # 一年住两三次院: 一年 is a lone 一
    C("两三次", {"min": 2, "max": 3}, "time"),      # neighbouring numerals + 次 → a count range, no qualifier
    T("15个工作日", 15, "workday"),
    # 有用(56) 没用(3): vote counters, nothing
    Article("related-01"),
    R("广西柳州", LZ),                              # title 2025广西柳州…: bare year nothing
    R("柳州市", LZ),                                # 柳州市居民医保: a place before a programme
    T("3个月", 3, "month"),
    T("1年", 1, "year"),                            # 每多1年: digit 1 is no lone 一 (set 1 call 13)
    T("1个月", 1, "month"),
    T("不超过6个月", 6, "month", qualifier="max"),  # 最长不超过6个月: 不超过 touches
    T("3个月", 3, "month"),                         # 断缴3个月内: 内 is not a qualifier
    D("2025-04-12", "2025-04-12", role="pubdate"),  # 健康问答 2025-04-12
    Article("related-02"),
    R("桂林阳朔", YS),                              # a chain: the county 阳朔县
    R("南宁", NN),
    R("广西", GX),                                  # 广西区内: 区内 is no part of the name; the province (a topic)
    R("南宁", NN),
    R("阳朔县", YS, in_org=True),                   # 阳朔县人民医院
    C("1860家", 1860, "institution"),               # 区内: no place
    D("2025-04-09", "2025-04-09", role="pubdate"),
    Article("related-03"),
    R("临桂区", LG),
    D("2025年", "2025"),
    D("2025年度", "2025"),
    R("临桂区", LG),
    M("400元", 400),                                # 每人400元: 每 + classifier, no period
    P("100%", 1),
    R("桂林", GL, in_org=True),                     # "桂林医保"公众号: an account
    PH("2163345", inferred_code="0773"),            # a local 7-digit number completed from the article's region (临桂区, 桂林)
    D("2025-04-02", "2025-04-02", role="pubdate"),
    # footer: Copyright 2019-2025 (bare years with no 年, nothing), 桂ICP备18012345号 (a licence number: the 12345
    # inside it is no service phone; 桂 is a one-character abbreviation)
]
