from gold_lib import *

JSS, LX, GS, LZ, QH, DX, HZ = "622927", "622900", "620000", "620100", "630000", "622926", "622925"
# 积石山…自治县, 临夏回族自治州, 甘肃省, 兰州市, 青海省, 东乡族自治县, 和政县
SPEC = [
    R("积石山", JSS),                               # 【援积石山日记】: a place in a column title (援 + place, a topic)
    # 第七天: an ordinal
    R("兰州市", LZ, in_org=True),                   # 兰州市第一人民医院急诊科 (第一人民医院: an ordinal inside a name, nothing)
    D("2023-12-26", "2023-12-26"),                  # 22:40: a time
    D("12月19日", "--12-19"),                       # 凌晨
    # 2点15分: a time of day
    C("20人", 20, "person"),                        # 20人医疗队
    T("3个半小时", 3.5, "hour"),
    R("积石山县", JSS),                             # 大河家镇: a township
    # 零下15度: a temperature
    T("七天", 7, "day"),                            # 这七天里
    C("1386人次", 1386, "person"),
    C("412例", 412, "case"),
    T("8个月", 8, "month", age=True),               # 8个月大: a baby's age (call 5; changed at review, session 18: the guidelines now say age)
    T("九十多岁", 90, "year", age=True, qualifier="min"),
    C("两名", 2, "person"),
    # 最大的一位: lone 一; 95后: a birth cohort; 第一次: ordinal; 哭过一回: lone 一; 第二天: ordinal
    R("临夏州", LX, in_org=True),                   # 临夏州医保局
    # 一张桌子: lone 一
    P("90%以上", 0.9, qualifier="min"),
    # 石塬镇: a township
    M("2.3万元", 23000),
    M("2万多元", 20000, qualifier="min"),
    M("800多块", 800, qualifier="min"),
    # 好几遍; 每天两班倒 / 一班: 班 is no classifier
    T("12小时", 12, "hour"),
    # 晚上8点到早上8点: times of day
    R("甘肃省", GS, in_org=True),                   # 甘肃省卫生健康委
    C("两支", 2, "piece"),                          # 两支医疗队
    R("青海省", QH, in_org=True),                   # 青海省人民医院
    R("临夏州", LX, in_org=True),                   # 临夏州人民医院
    C("30多名", 30, "person", qualifier="min"),
    R("东乡", DX),                                  # 东乡、和政的乡镇卫生院: places before generic institutions, plain
    R("和政", HZ),
    R("兰州", LZ),                                  # 回兰州
    T("14天", 14, "day"),                           # 14天一轮: 一轮 lone 一; 还有一周: lone 一
    R("积石山县", JSS, in_org=True),                # 积石山县卫健局
    PH("0930-7723456"),
    E("vol_jss@example.org.cn"),
    U("https://www.example.org.cn/jss-zhiyuan"),
    # 阅读 2.1万 / 点赞 3,482 / 在看 516: counters
]
