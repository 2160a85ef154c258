from gold_lib import *

ZZ, HN = "410100", "410000"                         # 郑州市, 河南省
SPEC = [
    R("郑州市", ZZ, in_org=True),                   # 郑州市医疗保障局关于…通知 (heading, no 《》)
    # 郑医保〔2021〕36号: a document number
    R("河南省", HN, in_org=True),                   # 河南省医疗保障局; 我市: no place
    D("2021年9月1日起", "2021-09-01", qualifier="from"),
    M("每人次不超过40元", 40, period="time", qualifier="max"),   # 每人次: per visit (set 26)
    M("不超过10元", 10, qualifier="max"),          # 每人份: 每 + a classifier (人份), no period (call 1)
    # 10:1, 20合1: pooling ratios, no percent, no date, no count (call 4)
    D("2022年4月30日", "2022-04-30"),               # 2022年4月30日0时起: 0时 an hour, 起 does not touch the date (call 2)
    M("每人次不超过16元", 16, period="time", qualifier="max"),
    M("不超过3.5元", 3.5, qualifier="max"),        # 每人份 (call 1)
    M("不超过15元", 15, qualifier="max"),          # 每项: 每 + a classifier
    DR("2021年9月1日至2022年4月29日", "2021-09-01", "2022-04-29"),
    C("3,216万人次", 32160000, "person"),
    C("127家", 127, "institution"),
    R("金水区", "410105"),
    R("二七区", "410103"),
    R("中原区", "410102"),
    C("1,200余个", 1200, "item", qualifier="min"),  # 余 between number and unit: min
    # 愿检尽检, 应检尽检: no numbers
    C("不少于50人", 50, "person", qualifier="min"),
    T("24小时", 24, "hour"),                        # 24小时内: 内 is not a qualifier
    T("6小时", 6, "hour"),
    # 每日8:00-20:00: times of day
    T("3天", 3, "day"),
    C("3次", 3, "time"),
    R("郑州市", ZZ, in_org=True),                   # 郑州市新冠肺炎疫情防控指挥部办公室 (call 6)
    # 会同市场监管部门: 会同 a verb here (会同县 is a county of 怀化), no place
    # 5倍以下: 倍 is no unit of any type
    PH("12345"),
    PH("0371-67181234"),
    R("郑州市", ZZ, in_org=True),
    D("2021年8月27日", "2021-08-27"),
]
