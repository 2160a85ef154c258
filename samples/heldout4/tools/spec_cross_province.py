from gold_lib import *

HB, HUN, JX = "420000", "430000", "360000"          # 湖北省, 湖南省, 江西省
WUH, CS, NC = "420100", "430100", "360100"          # 武汉市, 长沙市, 南昌市
SPEC = [
    # title: 湘鄂赣三省 (one-character abbreviations; 省 is no classifier); 前三季度 (a period's name, like 上半年)
    C("1000万人次", 10000000, "person"),            # 超1000万人次: 超 is not on the shared list (超过 is)
    R("湖北", HB, in_org=True),                     # 来源:湖北日报
    D("2024-10-23", "2024-10-23"),                  # 07:30 a time
    R("湖北", HB, in_org=True),                     # 湖北日报讯
    D("10月22日", "--10-22"),
    R("湖北省", HB, in_org=True),                   # 湖北省医疗保障局
    # 湘、鄂、赣三省: abbreviations, no count.  《长江中游城市群…合作协议》: no place (长江 is a river; 合作 a word, not 合作市)
    DR("2024年1—9月", "2024-01", "2024-09"),        # the Chinese dash (U+2014) as in set 3's 2020—2024年
    C("186.4万人次", 1864000, "person"),
    M("212.7亿元", 21270000000),
    M("137.5亿元", 13750000000),
    P("64.6%", 0.646),
    C("1026.3万人次", 10263000, "person"),
    M("9.8亿元", 980000000),
    C("2.38万家", 23800, "institution"),
    R("湖北", HB), C("8126家", 8126, "institution"),
    R("湖南", HUN), C("7954家", 7954, "institution"),
    R("江西", JX), C("7720家", 7720, "institution"),
    C("超过4.6万家", 46000, "institution", qualifier="min"),
    R("武汉", WUH),
    R("长沙", CS),                                  # the city (长沙县 is written with 县 below)
    R("南昌", NC),
    C("三个", 3, "item"),                           # 三个省会城市
    C("5种", 5, "kind"),
    # 京津冀, 长三角, 川渝: groupings of one-character abbreviations, not places
    D("2024年9月底", "2024-09", qualifier="approx"),   # 截至…: 截至 is a preposition
    C("19.2万家", 192000, "institution"),
    D("2023年底", "2023", qualifier="approx"),
    C("1.6万家", 16000, "institution"),
    # 今年前三季度: the name of a period (Jan.–Sept.), not a length: no duration
    C("1.5亿人次", 150000000, "person"),
    M("1260亿元", 126000000000),
    R("湖北", HB, in_org=True),                     # "湖北医保"微信公众号
    T("不少于6个月", 6, "month", qualifier="min"),
    T("3个月", 3, "month"),                         # 3个月内: 内 is not on the list
    P("10个百分点", 0.1, points=True),
    P("20个百分点", 0.2, points=True),
    R("宜昌", "420500"),
    R("荆州", "421000"),                            # the city (荆州区 is one of its districts)
    R("岳阳", "430600"),
    R("常德", "430700"),
    R("九江", "360400"),
    # 等5市: 市 is no classifier (set 1: 四市)
    R("黄冈", "421100"),
    R("九江", "360400"),
    R("安庆", "340800"),
    # 三地: 地 is no classifier
    R("湖北孝感", "420900"),                        # a chain: one mention at the city
    R("湖南益阳", "430900"),
    R("江西上饶", "361100"),
    R("武汉", WUH, in_org=True),                    # 武汉同济医院 (a hospital's short name); 湘雅医院: 湘 is an abbreviation
    # 三甲: a grade
    M("1000元", 1000),                              # 1000元至1200元: two amounts (set 1 call 4)
    M("1200元", 1200),
    R("湖南长沙县", "430121"),
    R("湖北武汉市江夏区", "420115"),
    R("江西南昌县", "360121"),
    # "一站式": lone 一.  8:30—17:30: times.  每月第一个周六: an ordinal
    T("2小时", 2, "hour"),
    R("湖北省", HB, in_org=True),                   # 湖北省医保局
    PH("12393"),
    R("湖北省", HB, in_org=True),                   # 湖北省医疗保障服务中心
    PH("027-87271234"),
    R("江西省", JX, in_org=True),
    PH("0791-86338012"),
]
