from gold_lib import *

SH = "310000"                                       # 上海市 (a municipality: province level)
SPEC = [
    R("上海市", SH),                                # 上海市医疗保障经办服务网点一览: a place before a topic
    D("2025年", "2025"),                            # (2025年版): a year with 年; 版 is not part of it
    D("2025年3月5日", "2025-03-05"),
    R("上海市", SH, in_org=True),                   # 来源:上海市医疗保险事业管理中心
    R("上海市", SH, in_org=True),                   # the heading of the first entry; 市医保中心: no place
    R("黄浦区", "310101"),                          # an address; 中山南路 (中山, 山南), 复兴东路 (复兴): streets, no place
    # 1号, 3楼302室: house, floor and room numbers; 邮编:200010: a postal code, no phone
    PH("021-63845210"),
    PH("021-63845211"),                             # 传真: a fax line is a fixed number like a phone
    # 周一至周五: weekdays, no date; 8:30-17:00: times of day
    # 地铁9号线, 2号口: line and exit numbers (like road numbers), no counts; 小南门: a station
    T("约5分钟", 5, "minute", qualifier="approx"),  # 步行约5分钟
    # 1. 2. …: list numbers
    R("浦东新区", "310115", in_org=True),           # 浦东新区医疗保障事务中心
    R("浦东新区", "310115"),                        # address; 合欢路2号5楼: street and numbers
    PH("(021)50582301"),                            # parentheses around the area code are part of it
    # 地铁6号线、9号线: line numbers; 世纪大道: a station
    R("徐汇区", "310104", in_org=True),
    R("徐汇区", "310104"),                          # 南宁路969号1楼A区: street, numbers; 南宁 is part of a road name
    PH("021-64871163"),
    R("闵行区", "310112", in_org=True),
    R("闵行区", "310112"),                          # 莘庄镇: a town, no place; 沁春路18号12楼1201室: numbers
    PH("64123376", inferred_code="021"),            # a local 8-digit number: completed from 上海
    R("嘉定区", "310114", in_org=True),
    R("嘉定区", "310114"),                          # 洪德路1288号: a street
    PH("59529017", inferred_code="021"),
    R("崇明区", "310151", in_org=True),
    R("崇明区", "310151"),                          # 城桥镇: a town; 人民路68号: a street
    PH("021-69611227"),
    # 全市: no place
    C("220个", 220, "item"),
    C("28项", 28, "item"),
    C("2名", 2, "person"),                          # 至少配备2名: 配备 stands between, 至少 does not touch
    # 1.2025年1月1日起: the list number is no part of the date (set 4 call 19)
    D("2025年1月1日起", "2025-01-01", qualifier="from", _nb=True),
    R("上海", SH, in_org=True),                     # "上海医保"微信公众号: an account's name
    # "随申办"APP: no place; 每日9:00-16:00: times of day, not a money or a date
    PH("12393"),
    # 本市: no place
    PH("12345"),
    U("https://ybj.sh.example.gov.cn"),
    E("ybfw@sh-yb.example.cn"),
]
