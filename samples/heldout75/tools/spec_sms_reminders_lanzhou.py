from gold_lib import *

LZ, GS, CG, QLH = "620100", "620000", "620102", "620103"   # 兰州市, 甘肃省, 城关区 (兰州's, not 拉萨's), 七里河区
SPEC = [
    C("12条", 12, "item"),                       # 短信 (12条): a number and a classifier that touch (unlike a bare counter `(128)`, set 44)
    R("兰州", LZ, in_org=True),                  # 【兰州大学第一医院】 sender; 张**: a masked name
    D("2025年12月3日", "2025-12-03"),            # (周三)上午9:30-10:00: a weekday and a time range
    # 就诊序号18号: a queue number; 预约码:736215: an appointment code (call 2); 9:15前: a time of day, not a date with until
    # 门诊楼2楼: a floor
    M("每次50元", 50, period="time"),
    P("70%", 0.7),
    T("24小时", 24, "hour"),
    # 退订回T: nothing
    D("2025-12-01", "2025-12-01"),               # message time lines: dates; 16:42 a time of day
    R("甘肃", GS, in_org=True),                  # 【甘肃医保】: the sender account's name
    # 验证码为582031: a verification code (call 2)
    T("5分钟", 5, "minute"),                     # 5分钟内有效: 内 is not a qualifier
    T("6个月", 6, "month"),
    D("2025-12-01", "2025-12-01"),
    R("兰州市", LZ, in_org=True),                # 【兰州市医保局】
    D("2026年度", "2026"),
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    M("每年400元", 400, period="year"),          # 每人每年400元
    T("28天", 28, "day"),
    R("甘肃", GS, in_org=True),                  # “甘肃税务”APP
    R("甘肃", GS, in_org=True),                  # “甘肃医保服务平台”
    PH("0931-8481234"),                          # 兰州's local numbers have 7 digits
    D("2025-12-03", "2025-12-03"),
    R("城关区", CG, in_org=True),                # 【城关区雁南街道社区卫生服务中心】: 城关区 in a 兰州 page is 620102; 雁南街道 a street office
    D("12月6日", "--12-06"),                     # (周六)上午8:00-10:30
    # “三高”: nothing; 排队号A023: a queue number (call 2)
    R("城关区", CG),                             # 地点:城关区雁滩路2886号社区服务站3楼: address; 雁滩路 a road, 2886号 a house number, 3楼 a floor
    C("200名", 200, "person"),                   # 前200名到场居民 (call 1)
    # 血压记录本1本: 本 is not a classifier of the guidelines
    D("2025-12-04", "2025-12-04"),
    R("兰州", LZ, in_org=True),                  # 【兰州大学第一医院】
    C("15项", 15, "item"),
    C("2项", 2, "item"),
    # “兰大一院”: 兰 is one character, nothing
    T("5个工作日", 5, "workday"),                # 5个工作日内
    # 1号楼1楼: building and floor
    M("1860元", 1860),
    M("1200元", 1200),
    M("660元", 660),
    D("2025-12-05", "2025-12-05"),
    # 【中国银行】: 中国 is no division; 尾号6635: the card's last digits
    D("12月05日", "--12-05"),                    # 12月05日14:31: a date glued to a time of day
    M("660.00元", 660),
    M("12,486.50元", 12486.5),
    D("2025-12-05", "2025-12-05"),
    R("兰州市", LZ, in_org=True),                # 【兰州市第二人民医院】 (二人: no count)
    # 新冠疫苗第3剂: an ordinal dose
    D("12月10日", "--12-10"),                    # 下午2:00-4:30: times
    T("30分钟", 30, "minute"),
    T("2至3天", (2, 3), "day"),                  # 2至3天内: one range (one unit for both numbers, like `1到3个月`); 内 outside
    PH("0931-8312345"),                          # 转8021: an extension, outside (set 18)
    D("2025-12-06", "2025-12-06"),
    R("七里河区", QLH, in_org=True),             # 【七里河区医疗保障局】
    D("2025年", "2025"),
    C("37.6万人次", 376000, "person"),
    M("2.18亿元", 218000000),
    P("4.5%", 0.045),
    # “医保退费”: nothing
    PH("12345"),
    E("qlhyb@example.com.cn"),
    D("2025-12-08", "2025-12-08"),
    R("兰州", LZ, in_org=True),                  # 【兰州大学第一医院】
    D("2026年3月上旬", "2026-03", qualifier="approx"),
    T("3个月", 3, "month"),
    U("https://yy.example.com/ldyy"),
    PH("0931-8356114"),
    D("2025-12-08", "2025-12-08"),
]
