from gold_lib import *

SH = "310000"                                       # 上海市
# Foreign places are no regions (set 19 call 1): 美国, 德国, 日本, 英国, 韩国, 英格兰, 加州, 佛罗里达州, and 德州: here
# the short Chinese name of Texas (得克萨斯州, in brackets right after it), not 德州市 (山东) of the gazetteer. 中国 is no
# GB/T 2260 unit (set 46 call 11).
SPEC = [
    # title (2024): a bare year in brackets, no 年
    R("上海", SH, in_org=True),                     # 复旦大学卫生发展战略研究中心(上海): a place in brackets in an org's name (set 46 call 11)
    D("2025年3月20日", "2025-03-20"),
    # 阅读:2356 a counter; OECD Health Statistics 2024: a bare year in a title, no 年
    # 六国: 国 is no classifier
    D("2023年", "2023"),
    D("2023年", "2023"),
    M("约1.2万美元", 12000, currency="USD", qualifier="approx"),
    P("17.8%", 0.178),                              # 占GDP的17.8%
    P("约9.2%", 0.092, qualifier="approx"),
    # 近两倍: 倍 is no unit of any type
    # 2024财年: 财 stands between the number and 年, no date (set 46 call 7)
    DR("2023年10月1日至2024年9月30日", "2023-10-01", "2024-09-30"),
    M("8740亿美元", 874000000000, currency="USD"),
    M("约6160亿美元", 616000000000, currency="USD", qualifier="approx"),
    # 加州, 德州(得克萨斯州), 佛罗里达州: US states (达州 inside 佛罗里达州 is a part of a longer, foreign name);
    # 三州: 州 is no classifier
    C("超过3000万人", 30000000, "person", qualifier="min"),
    P("12.7%", 0.127),
    M("约8000欧元", 8000, currency="EUR", qualifier="approx"),
    C("约7400万人", 74000000, "person", qualifier="approx"),
    C("95家", 95, "institution"),
    # 2022财年: no date (财 between)
    M("46.7万亿日元", 46700000000000, currency="JPY"),
    M("约37.4万日元", 374000, currency="JPY", qualifier="approx"),
    T("65岁以上", 65, "year", age=True, qualifier="min"),
    P("60.2%", 0.602),
    # NHS 2024-25财年: two bare numbers and 财年, no date
    M("约1920亿英镑", 192000000000, currency="GBP", qualifier="approx"),
    D("2024年12月", "2024-12"),
    C("约750万人次", 7500000, "person", qualifier="approx"),
    T("超过18周", 18, "week", qualifier="min"),
    P("41%", 0.41),
    # 韩国国民健康保险: 康保 (康保县) is the middle of a word
    P("7.09%", 0.0709),
    D("2024年", "2024"),
    M("约83万亿韩元", 83000000000000, currency="KRW", qualifier="approx"),
    D("2023年", "2023"),
    M("33501亿元", 3350100000000),
    M("28208亿元", 2820800000000),
    P("7.2%左右", 0.072, qualifier="approx"),
    P("27.3%", 0.273),
    # table: one cell a line
    M("1.2万美元", 12000, currency="USD"),
    P("17.8%", 0.178),
    M("8000欧元", 8000, currency="EUR"),
    P("12.7%", 0.127),
    M("37.4万日元", 374000, currency="JPY"),
    P("11.5%", 0.115),
    M("4200英镑", 4200, currency="GBP"),
    P("11.1%", 0.111),
    M("6425元", 6425),
    P("7.2%", 0.072),
    M("8000欧元", 8000, currency="EUR"),            # 表中“8000欧元”: quoted, still an amount
    D("2023年", "2023"),
    PH("021-54237788"),
    E("hps-brief@fudan-example.edu.cn"),
    U("https://hps.example.edu.cn/brief/2025-03"),  # the link's visible text (the href is an attribute, not text)
]
