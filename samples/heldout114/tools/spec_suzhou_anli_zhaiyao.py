from gold_lib import *

SZ, WZ = "320500", "320506"                         # 苏州市, 吴中区
SPEC = [
    R("苏州市", SZ, in_org=True),                  # 苏州市医疗纠纷人民调解委员会典型案例
    # (2025年第6期): an issue number (set 73): the year is part of it, nothing
    # 二次手术 (title and body): no count
    T("58岁", 58, "year", age=True),
    R("苏州市吴中区", WZ),                          # 苏州市吴中区人: a place of origin, plain
    R("苏州市", SZ),                                # 苏州市职工基本医疗保险: a place before a programme
    D("2024年11月12日", "2024-11-12"),
    R("苏州", SZ),                                  # 苏州某医院: anonymised (某), plain
    # 术后第3天: ordinal
    D("11月16日", "--11-16"),
    R("苏州", SZ, in_org=True),                     # 苏州大学附属第一医院
    T("26天", 26, "day"),
    D("2024年12月20日", "2024-12-20"),
    D("2025年3月4日", "2025-03-04"),
    # 市医调委当日受理; 苏医调受〔2025〕0312号: a file number, nothing
    T("5个工作日", 5, "workday"),                   # …内: 内 no qualifier
    C("两家", 2, "institution"),
    C("3名", 3, "person"),
    P("30%", 0.3),                                  # 30%-40%: two % signs, two percents
    P("40%", 0.4),
    # 十级伤残: a grade, nothing; 4轮: 轮 is no classifier
    P("35%", 0.35),
    # 1. … 7.: list numbers
    M("68,420.36元", 68420.36),
    M("41,268.10元", 41268.1),
    M("27,152.26元", 27152.26),
    T("120天", 120, "day"),
    M("200元/天", 200, period="day"),
    M("24,000元", 24000),
    T("26天", 26, "day"),
    M("150元/天", 150, period="day"),
    M("3,900元", 3900),                             # 一人护理: lone 一
    T("26天", 26, "day"),
    M("每天50元", 50, period="day"),
    M("1,300元", 1300),
    M("3,000元", 3000),
    M("800元", 800),
    M("70,010元", 70010),
    T("20年", 20, "year"),
    P("10%", 0.1),
    M("140,020元", 140020),
    # 以上1-7项: item numbers of the list above, nothing
    M("200,172.26元", 200172.26),
    P("35%", 0.35),
    M("70,060.29元", 70060.29),
    M("5,000元", 5000),
    M("75,060.29元", 75060.29),
    D("2025年4月18日", "2025-04-18"),
    T("15日", 15, "day"),                           # 之日起15日内: 起 belongs to 之日起
    # 一次性: no count
    D("2025年5月6日", "2025-05-06"),
    M("41,268.10元", 41268.1),
    PH("0512-65221234"),
    R("苏州市", SZ, in_org=True),                   # 苏州市卫生健康委员会
]
