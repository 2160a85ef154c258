from gold_lib import *

NC = "360100"                                        # 南昌市
DH, XH, QSH, HGT, NCX = "360102", "360103", "360111", "360113", "360121"
SPEC = [
    R("南昌市", NC),                                  # 南昌市2025年避暑纳凉点名单公布: a place before a topic
    D("2025年", "2025"),
    # 共开放86处: 处 is not a classifier of the guidelines' list, nothing (call 3)
    R("南昌市", NC, in_org=True),                    # 南昌市应急管理局
    D("2025年7月3日", "2025-07-03"),
    R("南昌市", NC, in_org=True),                    # 南昌市气象台
    # 入伏: no number; 39°C: a temperature, nothing; 民和 in 市民和户外: no place (民和县)
    # 86处: 处, nothing
    C("52个", 52, "item"),
    # 18座: 座 is not a classifier of the list, nothing
    C("16家", 16, "institution"),
    DR("7月5日至9月15日", "--07-05", "--09-15"),      # yearless, no 每年: no recurring
    # 每天10:00-22:00: times of day (每天 makes no period for a time)
    T("24小时", 24, "hour"),                         # (部分点位24小时开放)
    # 26°C左右: a temperature, nothing (左右 touches no unit of any type)
    # 1. … 5.: list numbers
    R("东湖区", DH, in_org=True),                    # 东湖区八一广场社区党群服务中心 (八一: part of a name)
    R("东湖区", DH),                                 # 地址: an address chain; 八一大道358号: road and number
    # 9:00-21:00: times
    PH("0791-86721356"),
    R("西湖区", XH, in_org=True),                    # 西湖区朝阳洲社区纳凉驿站: 南昌's 西湖区 (not 杭州's), a facility's name; 朝阳 in 朝阳洲: part of a place name below county, nothing
    R("南昌市西湖区", XH),                            # 桃花路88号: road and number
    T("24小时", 24, "hour"),                         # 全天24小时
    PH("0791-86529970"),
    PH("139 7081 2266"),
    R("青山湖区", QSH, in_org=True),                  # 青山湖区湖坊镇便民服务中心 (湖坊镇: a township)
    R("青山湖区", QSH),                               # 解放东路2号: a road (解放), its number
    # 8:30-20:30: times
    PH("88106543", inferred_code="0791"),            # a local 8-digit number completed from the article's region (南昌)
    R("红谷滩区", HGT, in_org=True),                  # 红谷滩区图书馆
    R("红谷滩区", HGT),                               # 赣江中大道1188号: 赣江 is a river, no place
    # 10:00-22:00: times; 周一: a weekday, nothing
    PH("0791-83887012"),
    R("南昌县", NCX, in_org=True),                    # 南昌县莲塘镇文化站 (the full name 南昌县: the county)
    R("南昌县", NCX),                                 # 莲塘镇向阳路16号: a township and a road (向阳), nothing
    # 8:00-18:00: times
    PH("0791-85712088"),
    # 温馨提示 1.–4.: list numbers
    C("不超过50人", 50, "person", qualifier="max"),   # 每处一般不超过50人
    T("65岁以上", 65, "year", age=True, qualifier="min", _nb=True),   # 2.65岁以上: list number 2. then 65岁以上 (the liuzhou page of an earlier set had 3.6岁以下); _nb lifts the guard
    PH("120"),
    R("南昌", NC, in_org=True),                      # “南昌应急”微信公众号: an account (set 1 call 7)
    U("https://yjj.nc.example.gov.cn/nld2025"),
    # 全部86处: 处, nothing
    PH("12345"),
]
