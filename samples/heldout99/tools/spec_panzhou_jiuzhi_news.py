from gold_lib import *

PZ, LPS, GZ = "520281", "520200", "520000"       # 盘州市, 六盘水市, 贵州省
SPEC = [
    R("盘州", PZ),                                # title
    C("2300余名", 2300, "person", qualifier="min"),  # 余 between number and classifier: more than
    R("六盘水", LPS, in_org=True),               # 六盘水日报 (a newspaper)
    # 记者 杨光明: a person's name (光明 is no place here)
    D("2025年4月28日", "2025-04-28"),
    # 每周二、周四: weekdays, nothing
    R("盘州市", PZ),                              # 盘州市柏果镇 (柏果镇 a township: nothing)
    T("40分钟", 40, "minute"),
    # 两三圈: 圈 is no classifier
    T("63岁", 63, "year", age=True),
    T("26年", 26, "year"),
    D("2016年", "2016"),
    R("盘州市", PZ),
    R("贵州省", GZ),
    # 产煤大县(市): 县/市 alone are words
    R("盘县", PZ, renamed_from="盘县"),          # 原盘县: the former name (盘县 → 盘州市, 2017)
    R("水城", "520204", in_org=True),            # 原水城矿务局: a place inside a 矿务局's name (水城 = 水城区's short name)
    # 盘江矿务局: 盘江 is a river's name, no division
    R("盘州市", PZ, in_org=True),                # 盘州市卫生健康局
    D("2025年3月底", "2025-03", qualifier="approx"),
    C("2316人", 2316, "person"),
    C("1478人", 1478, "person"),
    C("838人", 838, "person"),
    P("36.2%", 0.362),
    R("盘州市", PZ),
    D("2022年起", "2022", qualifier="from"),
    C("838名", 838, "person"),
    D("2025年", "2025"),
    M("每年400元", 400, period="year"),           # 每人每年400元 (每人 is no period)
    P("不低于70%", 0.7, qualifier="min"),
    M("8万元", 80000),                            # 年度救助限额8万元: 限额 is no qualifier
    M("3600元", 3600),                            # 每人每年发放生活救助金3600元: 每年 does not touch
    # 按季度发放: no number
    M("每季度900元", 900, period="quarter"),
    M("1,246.8万元", 12468000),
    M("约1.5万元", 15000, qualifier="approx"),    # 人均约1.5万元
    R("盘州市", PZ, in_org=True),                # 盘州市医疗保障局
    D("2024年", "2024"),
    P("88.6%", 0.886),
    D("2021年", "2021"),
    P("12个百分点", 0.12, points=True),
    R("盘州市", PZ, in_org=True),                # 盘州市人民医院
    R("盘州市", PZ, in_org=True),                # 盘州市第二人民医院
    # 第二人民医院: an ordinal in a name (二人 is no count)
    R("六盘水市", LPS, in_org=True),             # 六盘水市职业病防治院
    # 乡镇康复站: 镇康 straddles two words, no place
    C("14个", 14, "item"),
    C("36个", 36, "item"),
    C("420台", 420, "piece"),
    C("186台", 186, "piece"),
    T("不少于15小时", 15, "hour", qualifier="min"),
    R("盘州市", PZ),
    C("12名", 12, "person"),
    # 红果、柏果、保田: townships (乡镇), nothing
    C("1次", 1, "time"),                          # 每月…开展1次: a count, no period (periods are for money)
    DR("1-3月", "--01", "--03"),
    C("1600余人次", 1600, "person", qualifier="min"),
    # “一对一”, 一户一档: no mentions
    R("盘州市", PZ),
    C("6个", 6, "item"),
    R("盘州市", PZ, in_org=True),                # 盘州市医保局
    PH("0858-3627150"),
    R("盘州市", PZ, in_org=True),                # 盘州市卫生健康局职业健康股
    PH("0858-3621846"),
    # 8:30-12:00, 14:30-18:00: times of day
    R("贵州省", GZ),                              # 相关链接:贵州省2025年城乡居民医保缴费标准: a topic
    D("2025年", "2025"),
    U("https://ylbz.guizhou.example.gov.cn/jf/2025"),
]
