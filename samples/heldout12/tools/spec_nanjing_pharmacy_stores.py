from gold_lib import *

JS, NJ = "320000", "320100"                         # 江苏省, 南京市
XW, QH, GL, JY, JN = "320102", "320104", "320106", "320105", "320115"   # 玄武区, 秦淮区, 鼓楼区 (南京's), 建邺区, 江宁区
SPEC = [
    # 康济大药房: no place (康济 is no unit)
    R("南京", NJ),                                  # 南京门店查询: a place before a topic (not the chain's name)
    D("2025年1月", "2025-01"),                      # (2025年1月更新): 更新 is no qualifier
    # breadcrumb 首页 > 门店查询 > 江苏省 > 南京市: plain places (a .txt page, no div.breadcrumb)
    R("江苏省", JS),
    R("南京市", NJ),
    R("南京市", NJ),                                # 康济大药房连锁有限公司在南京市…: the place is after the company's name, not in it
    C("26家", 26, "institution"),                   # 直营门店26家
    T("24小时", 24, "hour"),                        # 24小时门店 (set 7: (全天24小时) is a duration)
    C("4家", 4, "institution"),
    R("南京市", NJ),                                # 南京市医保定点零售药店: a description, not a name
    P("60%", 0.6),
    P("70%", 0.7),
    # store list: 1.…8. list numbers; street names with place names (北京东路, 太平北路, 汉中路, 湖南路, 广州路):
    # streets, no places (guidelines: 利民南路; 南华 in 南华北路); house numbers (41号 …) nothing;
    # 营业时间 8:00-22:00 …: times of day; 保定 inside 医保定点 (南京市医保定点零售药店, 医保定点编号): part of a word; 医保定点编号 P32010200123 …: a registration number (its digits hold
    # 玄武区's code 320102 but it is an ID): no phone, no date, nothing
    R("玄武区", XW),                                # 【玄武区】 a label heading the district's stores
    R("南京市玄武区", XW),                          # address chain
    PH("025-83361208"),
    T("24小时", 24, "hour"),                        # 珠江路店(24小时)
    R("玄武区", XW),                                # 地址:玄武区珠江路688号(近太平北路)
    T("24小时", 24, "hour"),                        # 全天24小时
    PH("025-84512376"),
    R("秦淮区", QH),
    R("南京市秦淮区", QH),
    PH("025-52261879"),
    T("24小时", 24, "hour"),                        # 汉中路店(24小时): 汉中 (汉中市) is part of a street's name
    R("秦淮区", QH),
    T("24小时", 24, "hour"),
    PH("025-86637012"),
    R("鼓楼区", GL),                                # 【鼓楼区】: 南京's (the page is about 南京; 福州, 徐州, 开封 also have one)
    R("南京市鼓楼区", GL),                          # 湖南路 before it: a street, no province
    PH("025-83329615"),
    R("鼓楼区", GL),                                # 广州路店 … 鼓楼区广州路183号: 广州 part of a street's name
    PH("025-83717764"),
    R("建邺区", JY),
    R("南京市建邺区", JY),
    PH("025-86981145"),
    R("江宁区", JN),
    T("24小时", 24, "hour"),                        # 上元大街店(24小时)
    R("江宁区", JN),
    T("24小时", 24, "hour"),
    PH("025-52108876"),
    # 温馨提示 1.…5.: list numbers
    DR("2025年1月28日至2月4日", "2025-01-28", "2025-02-04"),   # 春节期间(…): the end leaves out the year
    # 9:00-18:00: times
    T("24小时", 24, "hour"),                        # 24小时门店正常营业
    PH("139 1298 4506"),                            # a mobile with inner spaces (set 1 call 16)
    M("100元", 100),                                # 单笔消费满100元: 满 and 单笔 are not on the list
    # 积1分: a score (分), nothing
    T("12个月", 12, "month"),                       # 积分有效期12个月
    D("每月8日", "---08", relative_to="every_month"),  # 每月8日会员日: a day of every month
    P("九五折", 0.95),                              # a discount: the share paid (guidelines: 五折 → 0.5); README call 3
    PH("12393"),
    PH("12345"),
    # 加盟合作: 合作 no place; 网上商城: 商城 (商城县's name) is a common word here
    E("kangji_jm@example.com"),
    U("https://www.kangji-pharmacy.example.com/stores"),
    R("江苏省", JS),                                # 在江苏省内: 省内 is not part of it
    R("苏州市", "320500"),
    C("12家", 12, "institution"),
    R("无锡市", "320200"),
    C("9家", 9, "institution"),
    R("常州市", "320400"),
    C("5家", 5, "institution"),
    # Copyright © 2025: a bare year (no 年); 苏ICP备19012345号: a registration number (no 12345 inside it); 苏: one character
]
