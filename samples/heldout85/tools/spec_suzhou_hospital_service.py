from gold_lib import *

SZ, GS, JS = "320500", "320508", "320000"          # 苏州市, 姑苏区, 江苏省
SPEC = [
    R("苏州", SZ, in_org=True),                     # 苏州大学附属第一医院互联网医院 (title)
    # 首页 > 互联网医院 > 服务介绍: breadcrumb
    D("2025-10-08", "2025-10-08"),                  # 更新时间; 09:30 a time; 浏览量:8632 a bare counter
    # 一、 二、 …: section numbers
    R("苏州", SZ, in_org=True),                     # 苏州大学附属第一医院互联网医院
    # “苏大附一院互联网医院”: 苏 is one character, no place
    D("2021年6月18日", "2021-06-18"),
    C("42个", 42, "item"),
    C("1,286名", 1286, "person"),
    C("86.7万人次", 867000, "person"),
    # 患者综合评分4.9分: a rating (a score), no mention
    P("99.2%", 0.992),                              # 好评率99.2%: a percent
    # 1. 2. 3. 4.: list numbers
    M("29元/次", 29, period="time"),
    T("24小时", 24, "hour"),                        # 24小时内: 内 is not a qualifier
    T("48小时", 48, "hour"),
    M("50元/次", 50, period="time"),
    T("10分钟", 10, "minute"),
    M("80元起", 80, qualifier="min"),
    M("120元起", 120, qualifier="min"),
    T("6个月", 6, "month"),                         # 6个月内
    # 每日8:00-22:00, 22:00后, 次日8:00起: times of day (次日 is no date)
    D("2024年3月1日起", "2024-03-01", qualifier="from"),  # 自…起: 自 outside
    R("苏州市", SZ),                                # 苏州市职工医保: a place before a programme
    D("2025年9月底", "2025-09", qualifier="approx"),      # 截至 outside
    C("13.8万人次", 138000, "person"),
    M("约2,460万元", 24600000, qualifier="approx"),
    T("3天", 3, "day"),                             # 处方有效期3天
    T("超过3天", 3, "day", qualifier="min"),
    T("不超过7日", 7, "day", qualifier="max"),       # 7日用量
    T("4周", 4, "week"),                            # 最长可开具4周: 最长 is not on the qualifier list
    # 合作药房: 合作 (甘肃 合作市) is a word here, no place
    R("苏州市", SZ),                                # 苏州市区: the city's urban area (plain, like 抚顺市主城区)
    T("24小时", 24, "hour"),
    R("江苏省", JS),                                # 江苏省内
    T("48小时", 48, "hour"),
    M("99元", 99),                                  # 满99元包邮: 满 is not a qualifier
    M("99元", 99),                                  # 不满99元
    M("8元", 8),
    # 订单号(如202510080013): an order number, no phone, no date
    PH("120"),
    T("18周岁", 18, "year", age=True),              # 未满18周岁: 未满 is not a qualifier
    PH("0512-65223637"),                            # (工作日8:30-17:00): times
    E("hlwyy@sdfyy.example.com"),
    # “苏大附一院”APP: no place
    U("https://hlw.sdfyy.example.cn"),
    R("苏州市姑苏区", GS),                          # address chain; 十梓街188号 a street and number, 邮编215006 a postcode
]
