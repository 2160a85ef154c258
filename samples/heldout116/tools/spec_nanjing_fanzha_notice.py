from gold_lib import *

NJ, GL, JY, HEB = "320100", "320106", "320105", "230100"   # 南京市, 鼓楼区 (南京's), 建邺区, 哈尔滨市
ANTI = m("phone", "96110", "96110", kind="service")       # 96110: see spec_hangzhou_sms_warning.py, README call 1
SPEC = [
    # 公安 in 公安局 / 公安机关 (×5 in review): part of a word (police), not 公安县 (湖北)
    R("南京市", NJ, in_org=True),                   # title: 南京市公安局反诈中心
    D("2025-12-02", "2025-12-02"),                  # 16:05: a time of day
    R("南京市", NJ, in_org=True),                   # 来源:南京市公安局
    R("南京市", NJ, in_org=True),                   # 南京市公安局反诈中心提醒
    D("11月以来", "--11", qualifier="from"),
    # 37起: 起 is no classifier (earlier sets), nothing
    M("214.6万元", 2146000),
    M("42万元", 420000),                            # 单笔最高损失达42万元: 最高 does not touch
    T("55岁以上", 55, "year", age=True, qualifier="min"),
    P("八成", 0.8),
    R("鼓楼区", GL),                                # a 南京 article: 南京's 鼓楼区 (set 1 call 10)
    R("建邺区", JY),
    C("两个", 2, "item"),                           # 两个辖区
    P("46%", 0.46),
    R("南京市", NJ, in_org=True),                   # "南京市医保局稽核科": an (impersonated) office's name
    R("哈尔滨市", HEB),                             # "哈尔滨市某医院": 某 names no body, not in_org
    R("哈尔滨市", HEB, in_org=True),                # "哈尔滨市公安局民警"
    PH("025-52886110"),                             # a spoofed caller number quoted in the warning: a phone (call 2)
    # 宁公刑冻字〔2025〕1127号: a (fake) document number, nothing; 宁 one character
    # 1. … 5.: list numbers; QQ: a word
    ANTI,
    PH("110"),
    R("南京市", NJ, in_org=True),                   # 南京市反诈中心
    PH("025-84420110"),
    M("每日不超过5000元", 5000, period="day", qualifier="max"),   # period and qualifier together (set 1 call 3)
    DR("2025年12月1日至12月31日", "2025-12-01", "2025-12-31"),
    C("1200个", 1200, "item"),
]
