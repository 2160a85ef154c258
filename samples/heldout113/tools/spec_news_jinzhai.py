from gold_lib import *

JZ, LA = "341524", "341500"                          # 金寨县, 六安市 (0564)
SPEC = [
    R("金寨", JZ),                                   # title's dateline 金寨: (short name, plain)
    # 山里, “不出村”: no places
    R("六安", LA, in_org=True),                      # 来源:六安新闻网 (a news site, set 1 call 7)
    D("2025-10-21", "2025-10-21"),                   # 发布时间; 09:36 a time
    D("10月中旬", "--10", qualifier="approx"),
    R("金寨县", JZ, in_org=True),                    # 金寨县斑竹园镇小河村党群服务中心: a facility's full name (set 108 call 1: …牛营村卫生室); 1楼 a floor
    T("72岁", 72, "year", age=True),
    T("10分钟", 10, "minute"),                       # 不到10分钟: 不到 is not on the shared list
    T("1个半小时", 1.5, "hour"),                     # 坐1个半小时班车 (as set 11's 3个半小时)
    # 两三趟: 趟 is no classifier (set 103: 跑两趟); 一趟: lone 一
    M("七八十块", (70, 80)),                         # 七八十块钱: neighbouring numerals, money range; 钱 outside
    T("15分钟", 15, "minute"),                       # 从家走过来也就15分钟: a walk, a duration
    # 一分钱, 这一回: lone 一
    # 少跑了60多公里山路: 公里 is no unit of any type (set 108: 12公里)
    R("金寨县", JZ),                                 # 金寨县地处大别山腹地: 大别山 a mountain range, no division
    C("23个", 23, "item"),                           # 23个乡镇
    C("222个", 222, "item"),
    P("近三成", 0.3, qualifier="approx"),            # 近 is on the shared list
    # 超过50公里: 公里, nothing
    D("2024年以来", "2024", qualifier="from"),
    R("金寨县", JZ, in_org=True),                    # 金寨县医保局
    T("15分钟", 15, "minute"),                       # “15分钟医保服务圈”: slogan, still a duration
    C("23个", 23, "item"),                           # 在23个乡镇便民服务中心
    C("218个", 218, "item"),                         # 在218个村
    P("98.2%", 0.982),
    C("5项", 5, "item"), C("14项", 14, "item"),      # 由5项增加到14项: two counts
    # 斑竹园镇医保服务站: a township's station, no place
    DR("1-9月", "--01", "--09"),                     # 今年1-9月: 今年 is no date
    C("4,326件", 4326, "item"),
    C("1,158件", 1158, "item"),
    C("862件", 862, "item"),
    T("半天", 0.5, "day"),                           # 由过去的半天 (like 半年; set 45)
    T("20分钟左右", 20, "minute", qualifier="approx"),
    C("12个", 12, "item"),                           # 12个村
    C("1台", 1, "piece"),                            # 各配备1台: digit 1, not a lone 一
    DR("2025年1月至9月", "2025-01", "2025-09"),
    C("11.6万件", 116000, "item"),
    M("约260万元", 2600000, qualifier="approx"),
    P("99.1%", 0.991),
    D("每月10日前后", "---10", relative_to="every_month", qualifier="approx"),
    C("1,200余人次", 1200, "person", qualifier="min"),
    R("霍山县", "341525"), R("舒城县", "341523"),
    R("六安市", LA, in_org=True),                    # 六安市医疗保障局
    D("2026年底", "2026", qualifier="approx"),
    # 全市: no name
    C("1,820个", 1820, "item"),
    R("金寨县", JZ, in_org=True),                    # 金寨县医保局服务热线
    PH("0564-7212393"),                              # a fixed number: no 12393 inside it
    # (责任编辑:程雪)
]
