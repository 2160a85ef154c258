from gold_lib import *

SZ = "320500"                                       # 苏州市
SPEC = [
    R("苏州市", SZ, in_org=True),                   # title: 苏州市医疗保障局
    D("2026年度", "2026"),
    D("2026-01-08", "2026-01-08"),                  # 发布时间 of the main article: a plain date
    R("苏州市", SZ, in_org=True),                   # 来源:苏州市医疗保障局; 浏览次数:2315 a counter, nothing
    D("2026年度", "2026"),
    R("苏州市", SZ),                                # 苏州市家庭病床: a place before a programme, plain
    # 一、 二、 (一) (二) (三): section numbers, nothing
    R("苏州市", SZ),                                # 参加苏州市职工医保: a programme, plain
    T("80周岁以上", 80, "year", age=True, qualifier="min"),
    T("65岁及以上", 65, "year", age=True, qualifier="min"),
    C("2种以上", 2, "kind", qualifier="min"),
    # 二级以上医院: a hospital level, nothing
    M("300元", 300),                                # 每个建床周期起付标准为300元: 每个周期 is no period word, and 起付标准为 stands between
    # 一个周期: lone 一
    T("不超过60天", 60, "day", qualifier="max"),
    C("1次", 1, "time"),                            # 可续建1次: digit 1 is no lone 一
    P("90%", 0.9),
    P("80%", 0.8),
    M("4000元", 4000),                              # 最高支付限额为4000元: 最高 does not touch
    M("每次20元", 20, period="time"),               # 出诊费每次20元
    M("每次15元", 15, period="time"),
    C("12项", 12, "item"),
    C("不少于1次", 1, "time", qualifier="min"),     # 每周查床不少于1次: 每周 does not touch, and a count takes no period
    # 一级护理、二级护理 (twice): nursing grades, ordinals like hospital levels, no count
    C("86家", 86, "institution"),
    R("姑苏区", "320508", in_org=True),             # 姑苏区双塔街道社区卫生服务中心 (双塔: a street, nothing)
    R("吴中区", "320506", in_org=True),             # 吴中区长桥街道社区卫生服务中心 (长桥: a street); 首批 an ordinal
    # 不超过5公里: a distance, 公里 is no unit of any type
    T("3个工作日", 3, "workday"),                   # 3个工作日内: 内 is not a qualifier
    D("2026年2月1日起", "2026-02-01", qualifier="from"),
    R("苏州市", SZ, in_title=True),                 # 《苏州市家庭病床管理办法》
    # 苏医保发〔2021〕15号: a document number (苏: one character), nothing
    PH("0512-68661234"),
    PH("12393"),
    E("jtbc@suzhou-yb.example.com"),                # suzhou inside the address is no place
]
