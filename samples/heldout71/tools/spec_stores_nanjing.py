from gold_lib import *

NJ = "320100"                                       # 南京市
XW, GL, QH, JN, PK, QX, JY, LS = "320102", "320106", "320104", "320115", "320111", "320113", "320105", "320117"
MAS, YS, AH = "340500", "340504", "340000"          # 马鞍山市, 雨山区, 安徽省
SPEC = [
    R("南京", NJ, in_org=True),                     # 国大药房(南京): the chain's name
    # 医保定点: 保定 straddles 医保|定点, no place
    T("24小时", 24, "hour"),                        # 24小时药店: the text says a duration (call 5)
    D("2025年2月20日", "2025-02-20"),
    R("南京市玄武区", XW),                          # 当前定位: a chain, plain
    C("8家", 8, "institution"),
    # 1. … 8.: row numbers
    # 国大药房(湖南路店): 湖南 is part of a road's name (湖南路), nothing (here and twice in the address)
    T("24小时", 24, "hour"),                        # [24小时] tag
    R("南京市鼓楼区", GL),                          # the city names which 鼓楼区 (南京, not 福州/徐州/开封)
    # 湖南路88号(湖南路地铁站2号口): road, house and exit numbers; 距您1.2km: another unit
    PH("025-83301234"),
    # 营业时间:00:00-24:00: times; 月售3200+单: 单 is no classifier, + no unit (call 2); 评分4.8: a score
    R("南京市秦淮区", QH),                          # 中山南路118号: 中山 (and 山南 across 中山|南路) are parts of a road's name
    # 距您2.6km
    PH("025-84665678"),
    # 8:00-22:00: times
    R("江宁", JN, in_org=True),                     # 国大药房(江宁万达店): a branch name (set 47 call 9)
    R("江宁区", JN),                                # 竹山路68号: 竹山 (湖北's county) is part of a road's name
    PH("(025)52101234"),                            # parentheses belong to the number (set 1 call 16)
    R("浦口", PK, in_org=True),                     # 国大药房(浦口店)
    R("浦口区", PK),                                # 浦珠中路15号: a road and a house number
    PH("025-58856789"),
    PH("139 5188 0123"),                            # a mobile with inner spaces (店长)
    # 国大药房(仙林店): 仙林 is no division
    R("栖霞区", QX),                                # 学海路1号
    PH("85412345", city="南京市", inferred_code="025"),   # a local 8-digit number completed from the page's region (南京)
    # 国大药房(河西万达店): 河西 is 南京's quarter west of the river, not 天津's 河西区: no place
    R("建邺区", JY),                                # 江东中路98号: a road
    PH("025-86891234"),
    D("2025年3月15日", "2025-03-15"),               # 暂停营业…至2025年3月15日: 至 a preposition (set 1 call 15)
    R("溧水", LS, in_org=True),                     # 国大药房(溧水店)
    R("溧水区", LS),                                # 永阳街道 a street, 天生桥大道302号 a road
    PH("025-57212345"),
    R("马鞍山雨山", YS, in_org=True),               # 国大药房(马鞍山雨山店): a chain of short names inside a branch name
    R("安徽省马鞍山市雨山区", YS),                  # address chain; 湖东中路16号 a road
    PH("0555-2345678"),
    # 3公里内: another unit (公里)
    T("30分钟", 30, "minute"),
    # 新会员: 新会 (江门's district) straddles 新|会员, no place
    M("10元", 10),                                  # 首单立减10元: 立减 is not on the list
    D("每月8日", "---08", relative_to="every_month"),   # 每月8日会员日
    P("9.5折", 0.95),                               # a discount with a decimal (set 57 call 8)
    # 积分满500分: points, nothing
    M("10元", 10),                                  # 10元券
    # 1. 2. 3.: list numbers
    R("南京市", NJ),                                # 南京市参保人
    # 每日…不超过20单: 单 is no classifier (call 2), nothing
    T("3个月", 3, "month"),                         # 3个月内开具: 内 not a qualifier
    C("2家", 2, "institution"),
    T("24小时", 24, "hour"),
    M("6元", 6),                                    # 每单6元: 每 + a measure word is no period (每人200元)
    PH("400-828-1234"),
    E("ts@guoda-nj.example.com"),
]
