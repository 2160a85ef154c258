from gold_lib import *

CQ = "500000"                                        # 重庆市 (a municipality: province level)
SPEC = [
    # 40°C以上 (NFKC of 40℃以上): a temperature, nothing
    R("重庆", CQ),
    # 一医院, 一周: lone 一
    C("23人", 23, "person"),
    C("5例", 5, "case"),
    R("重庆", CQ, in_org=True),                      # 重庆健康网: a news site (set 1 call 7)
    D("2025-08-12", "2025-08-12"),                   # 发布时间 of the main article: no role (set 1 call 8); 09:36 a time
    # 浏览:4821: a counter with no unit
    D("8月以来", "--08", qualifier="from"),
    R("重庆", CQ),
    # 主城区: not a place (城区 inside a word); 40°C: a temperature
    R("重庆", CQ, in_org=True),                      # 重庆医科大学附属第一医院 (第一: ordinal)
    DR("8月4日至8月10日", "--08-04", "--08-10"),
    C("23人", 23, "person"),
    C("5例", 5, "case"),
    T("78岁", 78, "year", age=True),
    T("9岁", 9, "year", age=True),
    # 体温41°C: a body temperature, nothing
    D("8月6日", "--08-06"),
    # 一名: lone 一
    T("52岁", 52, "year", age=True),
    R("沙坪坝区", "500106"),
    T("近3小时", 3, "hour", qualifier="approx"),     # 近 is on the shared list (before, approx)
    PH("120"),
    # ICU: nothing
    T("6天", 6, "day"),
    T("12天", 12, "day"),
    M("约6.8万元", 68000, qualifier="approx"),
    M("约5.9万元", 59000, qualifier="approx"),
    # 另一名: lone 一
    T("67岁", 67, "year", age=True),
    # 超过35°C, 体温40.5°C: temperatures; 超过 touches no unit of any type
    T("8天", 8, "day"),
    M("1.26万元", 12600),
    M("约7800元", 7800, qualifier="approx"),
    P("约62%", 0.62, qualifier="approx"),
    P("50%以上", 0.5, qualifier="min"),
    T("1小时", 1, "hour"),                           # 1小时内: 内 is not a qualifier
    # “中暑绿色通道”: 通道 is a word (not 通道县)
    T("不超过15分钟", 15, "minute", qualifier="max"),
    R("重庆市", CQ, in_org=True),                    # 重庆市卫生健康委员会
    DR("7月1日至8月10日", "--07-01", "--08-10"),      # 今年 before it: not part of the mention
    C("1432例", 1432, "case"),
    P("约三成", 0.3, qualifier="approx"),
    R("渝中区", "500103"),
    R("万州区", "500101"),
    R("江津区", "500116"),
    R("重庆市", CQ, in_org=True),                    # 重庆市气象台
    D("8月11日", "--08-11"),                         # 16时: a time of day
    # 红色预警: no number
    T("3天", 3, "day"),                              # 未来3天
    # 39-42°C, 43°C: temperatures, nothing
    PH("120"),
    PH("12320"),
    PH("023-68812345"),
]
