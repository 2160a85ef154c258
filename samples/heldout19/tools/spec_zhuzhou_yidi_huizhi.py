from gold_lib import *

HN, ZZ, GD, SZ, NS = "430000", "430200", "440000", "440300", "440305"   # 湖南省, 株洲市, 广东省, 深圳市, 南山区
SPEC = [
    R("湖南", HN, in_org=True),                     # 湖南智慧医保公共服务平台 | …: a platform's name (set 5 call 9)
    D("2025年03月28日", "2025-03-28"),              # zero-padded month and day; 14:06 is a time of day
    R("湖南", HN, in_org=True),                     # “湖南智慧医保”小程序: an app's name
    # 备案编号 YD4302002025032800417: a record number (its 430200 and 20250328 are no region, no date);
    # 证件号码 4302**********1523: a masked ID number
    R("湖南省株洲市", ZZ),                           # 参保地: a chain, at its most specific level
    R("株洲市", ZZ, in_org=True),                   # 株洲市医疗保障事务中心
    R("广东省深圳市", SZ),                           # 就医地
    R("南山区", NS),                                # 就医地区县: 深圳's (the text names 深圳市 just before), not 鹤岗's
    DR("2025年04月01日—2026年03月31日", "2025-04-01", "2026-03-31"),   # U+2014 as the range mark (set 3 call 1)
    D("2025-03-29", "2025-03-29"),                  # 办理时间 2025-03-29 09:15: the time is nothing
    # 1. … 5.: list numbers
    R("深圳市", SZ),                                # 深圳市所有联网定点医疗机构: a description, no org
    R("株洲", ZZ),                                  # 回株洲报销
    R("深圳", SZ),
    T("30日", 30, "day"),                           # 届满前30日内: 前 precedes (no date here), 内 is not on the list
    R("株洲市", ZZ),                                # 参保地株洲市的政策: a topic
    # 三级医院, 二级医院, 一级医院: hospital levels
    M("800元", 800),
    M("500元", 500),
    M("200元", 200),
    P("90%", 0.9),
    M("30万元", 300000),                            # 年度最高支付限额为30万元: 最高 does not touch (为, 限额 between)
    T("6个月", 6, "month"),
    # 省外: no place
    M("1200元", 1200),
    P("10个百分点", 0.1, points=True),              # 降低10个百分点: 降低 is a verb outside
    R("深圳", SZ),
    T("5个工作日", 5, "workday"),                   # 出院后5个工作日内
    T("6个月", 6, "month"),                         # 原则上6个月内不得变更
    # “国家医保服务平台”APP: no place
    R("株洲市", ZZ, in_org=True),                   # 株洲市医疗保障事务中心异地就医科
    PH("0731-28612345", city="株洲市"),            # 0731 is shared by 长沙/株洲/湘潭: the office is 株洲's
    # (工作日8:30-12:00,14:30-17:30): times of day
    R("深圳市", SZ, in_org=True),                   # 深圳市医疗保障局(就医地)
    PH("0755-83387126"),
    PH("12393"),
    E("zzyb_ydjy@example.gov.cn"),
    U("https://ybj.example.gov.cn/ydba/query?no=YD4302002025032800417"),   # the record number inside the URL: nothing
    D("2025年03月29日", "2025-03-29"),              # 打印日期
]
