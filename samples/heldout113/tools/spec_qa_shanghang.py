from gold_lib import *

SH, FJ = "350823", "350000"                          # 上杭县 (龙岩市, 0597), 福建省
SPEC = [
    R("上杭县", SH),                                 # title 上杭县“15分钟医保服务圈”政策问答: a place before a programme
    T("15分钟", 15, "minute"),                       # slogan, still a duration (sets 11, 22, 52)
    R("上杭县", SH, in_org=True),                    # byline 上杭县医疗保障局
    D("2025-11-05", "2025-11-05"),
    # 问1:…问7: question numbers
    T("15分钟", 15, "minute"),                       # 问1 repeats the slogan
    # 县医保服务中心: no place named
    T("约15分钟", 15, "minute", qualifier="approx"),
    C("22个", 22, "item"),
    C("336个", 336, "item"),
    P("97.4%", 0.974),
    C("9项", 9, "item"),
    C("6项", 6, "item"),                             # 其中前6项可当场办结: six items (前 is no qualifier; call 3)
    C("18项", 18, "item"),
    T("15个工作日", 15, "workday"),                  # 15个工作日内: 内 is no qualifier
    # 一次性告知: lone 一
    R("上杭", SH),                                   # 在外地务工的上杭人: the county's short name (a native of it), plain
    # “闽政通”APP: 闽 a one-character abbreviation
    R("福建", FJ, in_org=True),                      # “福建医疗保障”公众号: an account's name
    R("厦门", "350200"), R("泉州", "350500"),
    # 8:00-12:00、14:30-17:30: times
    # 临城镇, 蛟洋镇: townships of 上杭; 临城 is 邢台's 临城县's short name inside a township's name: nothing
    C("12个", 12, "item"),
    DR("每月1日至10日", "---01", "---10", recurring="monthly"),   # 在每月1日至10日的缴费高峰期
    T("不少于3天", 3, "day", qualifier="min"),
    # “代办费”“加急费”
    M("50元", 50), M("100元", 100),                  # 收50元、100元不等: two amounts
    PH("12345"),
    PH("0597-3832516"),
    M("最高2000元", 2000, qualifier="max"),
    # 问7
    D("2026年度", "2026"),
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),              # 每人每年400元 (set 1 call 2)
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    T("70周岁以上", 70, "year", age=True, qualifier="min"),
    R("上杭县", SH, in_org=True),                    # 本问答由上杭县医疗保障局负责解释
    R("上杭县", SH),                                 # 地址:上杭县临江镇北环路9号县政务服务中心3楼: an address (临江镇 a township: 临江 is 白山's 临江市, nothing); 9号, 3楼, 邮编364200 nothing
]
