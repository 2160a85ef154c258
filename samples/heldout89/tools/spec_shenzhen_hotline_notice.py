from gold_lib import *

SZ, GD = "440300", "440000"                         # 深圳市, 广东省


def H12356():
    # the national 心理援助热线: a short service number like 12320 (gold_lib's PH() does not list it,
    # so the mention is written out here; README, Gold)
    return m("phone", "12356", "12356", kind="service")


SPEC = [
    H12356(),                                       # title
    D("2025-01-10", "2025-01-10"),                  # 发布时间 of the main article: no role (set 1 call 8); 09:30 a time
    R("深圳市", SZ, in_org=True),                   # 来源:深圳市卫生健康委员会; 浏览次数:3127 a counter
    # 国家卫生健康委, 全国: no places
    H12356(),
    D("2025年1月1日起", "2025-01-01", qualifier="from"),   # 自…起: 自 is a preposition
    # 一、 section numbers
    H12356(),
    R("深圳市", SZ, in_org=True),                   # 深圳市康宁医院
    R("深圳市", SZ, in_org=True),                   # (深圳市精神卫生中心): another name of the same hospital
    # 7×24小时: the 7 (days) has no unit of its own; 24小时 is the duration
    T("24小时", 24, "hour"),
    PH("0755-25617308"),
    C("两条", 2, "item"),                           # 两条线路
    D("2025年12月31日", "2025-12-31"),              # 运行至2025年12月31日: 至 a preposition, no range
    C("不少于6名", 6, "person", qualifier="min"),
    # 每日19:00-23:00: times of day
    C("12名", 12, "person"),
    D("2024年", "2024"),                            # 2024年全年
    C("4.37万人次", 43700, "person"),
    P("62.8%", 0.628),
    C("1,236例", 1236, "case"),
    R("广东省", GD),                                # 广东省内: the province (省内 not part of it)
    H12356(),
    # 外地来深: 深 one character
    R("广州市", "440100"),                 # 广州市心理援助热线: a place before a service (a topic), plain
    PH("020-81896350"),
    R("东莞市", "441900"),                          # 东莞市心理援助热线: plain, as 广州市
    PH("0769-22233456"),
    R("汕头市", "440500", in_org=True),             # 汕头市康宁医院
    PH("0754-88901234"),
    R("香港", "810000"),                            # 香港居民: plain
    m("phone", "+852 2389 5521", "+85223895521", kind="fixed"),   # a Hong Kong fixed line, its own plan
    # 三、 (section number)
    R("深圳市", SZ),                                # 深圳市医保参保人: a topic, plain
    T("50分钟", 50, "minute"),                      # 每次50分钟: a session's length; 每次 is a period of money only
    M("每次180元", 180, period="time"),
    P("70%", 0.7),
    # 一个疗程: lone 一
    C("1次", 1, "time"),                            # 每周1次: a count of sessions (每周 not part of a count)
    C("8次", 8, "time"),                            # 共8次
    PH("120"),
    PH("110"),
    PH("12320"),
    PH("12393"),
    # PHQ-9评分≥10分, GAD-7评分≥10分: scale names and scores, nothing
    T("2周", 2, "week"),                            # 2周内: 内 is not on the qualifier list
    R("罗湖区", "440303"),
    R("福田区", "440304"),
    R("深圳市", SZ, in_org=True),                   # 深圳市康宁医院东门院区
    R("罗湖区", "440303"),                          # address; 翠竹路1080号: road and number, nothing
    R("南山区", "440305"),                          # 深圳's 南山区, not 鹤岗's
    R("宝安区", "440306"),
    R("深圳", SZ, in_org=True),                     # 深圳大学总医院
    E("xinli_sz@example.com"),
    PH("0755-88113678"),                            # 8:30-12:00,14:00-17:30 times
]
