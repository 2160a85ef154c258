from gold_lib import *

GZ, HZ, YX, FS, SD = "440100", "440105", "440104", "440600", "440606"   # 广州市, 海珠区, 越秀区, 佛山市, 顺德区
SPEC = [
    R("海珠区", HZ, in_org=True),                   # 海珠区江南西街坊医保交流群: a group chat's name (set 44 call 9); 江南西 (a street): 江南 (南宁's 江南区) is part of the street's name, nothing
    # (186): member counter, nothing
    D("2025年10月12日", "2025-10-12"),              # the chat's day separator; 星期日 nothing; 09:05 etc. are times of day
    D("2026年度", "2026"),
    DR("9月1日至12月31日", "--09-01", "--12-31"),   # yearless, no 每年: no recurring (set 1 call 9)
    # 每人每年交420蚊: 蚊 (Cantonese "yuan") is no currency unit of the guidelines: nothing (call 1); 交 between anyway
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    # 420蚊, 400蚊, 二十蚊: 蚊 (call 1); 两舊水 (舊水 = 100 yuan, slang): no unit of the list, nothing; 一个月: lone 一
    # 全省: no place
    R("广州市", GZ),                                # 广州市城乡居民医保…: a place before a programme (plain)
    M("每年420元", 420, period="year"),             # 每人每年420元 (set 1 call 2)
    M("每年不低于670元", 670, period="year", qualifier="min"),   # set 1 call 3
    T("七十八岁", 78, "year", age=True),
    # 中山一院 (中山大学附属第一医院): 中山 is Sun Yat-sen here, not 中山市: no place (like 南华 in 南华大学)
    T("十二日", 12, "day"),                         # 住咗十二日院: 日 = 天 (guidelines: day (天, 日))
    # 三万几: 几 is no number, no unit: nothing
    P("六成半", 0.65),                              # 六成 + 半 (half a tenth): one mention 0.65 (call 4)
    M("一万一千块左右", 11000, qualifier="approx"),
    R("佛山顺德", SD),                              # a chain: the county (顺德区)
    R("顺德", SD),                                  # short name
    R("佛山", FS),                                  # 佛山嘅居民医保: a place before a programme
    D("2026年度", "2026"),
    M("每年410元", 410, period="year"),
    P("百分之五十五", 0.55),
    # 一年封顶大概五百蚊: 蚊 (call 1); 一年: lone 一
    P("七成", 0.7),                                 # 报到七成
    # “粤医保”: 粤 is a one-character abbreviation, nothing
    D("下个月15号前", "---15", relative_to="next_month", qualifier="until"),   # set 10 call 6 (下个月 = 下月)
    # 成个钟, 半个钟: 钟 (Cantonese "hour") is no duration unit of the guidelines: nothing (call 2)
    # 每个月划几多钱, 每个月先划咗百几蚊: no number / 蚊: nothing
    P("2%", 0.02),
    R("广州", GZ),                                  # 广州退休嘅: plain
    M("158元", 158),                                # 每个月划158元: 划 between the period word and the amount: no period
    T("45岁", 45, "year", age=True),
    R("海珠区", HZ, in_org=True),                   # 海珠区妇幼 (the district's 妇幼保健院): an abbreviated hospital name, like 濮阳三院
    # 挂号费十蚊: 蚊 (call 1)
    M("二百三十八块五", 238.5),                     # 块 + a 角 digit (set 38 call 1)
    M("一百一十块", 110),
    M("一百二十八块五", 128.5),
    M("200元", 200),
    M("500元", 500),
    M("1000元", 1000),
    P("90%", 0.9),
    P("85%", 0.85),
    P("75%左右", 0.75, qualifier="approx"),
    M("60万元", 600000),                            # 年度最高支付限额60万元: 最高 does not touch
    # 外省: no place
    P("10个百分点", 0.1, points=True),
    R("越秀区", YX),
    R("越秀", YX),                                  # 喺越秀睇病: short name
    # 全市: no place
    R("广州", GZ),
    R("佛山", FS),
    # 早几年: 几 is no number, nothing
    PH("12345"),
    PH("12393"),
    R("海珠区", HZ, in_org=True),                   # 海珠区医保局
    PH("020-84451234"),
    # 星期一至五 9:00-17:30: weekdays and times
    R("佛山", FS),                                  # 佛山嗰边: plain
    PH("0757-83031234"),
    PH("139 2456 7810"),                            # a mobile with spaces (set 1 call 16)
    # 一次过 (in one go): lone 一, nothing
    C("三个", 3, "item"),                           # 三个人嘅: 三个 touch (like 16个市 → 16个, set 1 call 13)
    M("1260元", 1260),                              # 合共 is not on the shared list
]
