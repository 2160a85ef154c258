from gold_lib import *

LL, LY, SD = "371324", "371300", "370000"          # 兰陵县, 临沂市, 山东省
SPEC = [
    R("兰陵县", LL, in_org=True),                   # 兰陵县医疗保障服务中心
    D("2025年8月15日", "2025-08-15"),               # 更新日期; 浏览次数:3862 a counter
    # 十几个问题: 几 (call 1); 问1…问7: list numbers
    R("山东", SD, in_org=True),                     # "爱山东"APP: an app's name
    T("一两个小时", {"min": 1, "max": 2}, "hour"),  # 最慢一两个小时: 最慢 is not on the shared list; 一两 is a range, not a lone 一 (call 5)
    T("6个月", 6, "month"),                         # 有效期6个月
    T("二十个工作日", 20, "workday"),               # 二十个工作日内: 内 is not on the shared list
    T("三五个工作日", {"min": 3, "max": 5}, "workday"),
    # 一个月左右: lone 一 (guidelines: 一个月 is no mention), 左右 does not make it one
    M("5000元以上", 5000, qualifier="min"),
    T("一两周", {"min": 1, "max": 2}, "week"),
    # 每季度集中鉴定一次 / 最后一个月: lone 一; 下旬 has no number
    # 十来天, 个把月: call 2
    C("五十余种", 50, "kind", qualifier="min"),     # 余 between the number and the classifier
    C("一千三百多例", 1300, "case", qualifier="min"),
    # 要几天: 几; 当天: no number
    T("七到十个工作日", {"min": 7, "max": 10}, "workday"),   # one range with one unit (like 1到3个月)
    T("90日", 90, "day"),                           # 90日内
    T("45个工作日左右", 45, "workday", qualifier="approx"),
    T("十个工作日左右", 10, "workday", qualifier="approx"),
    T("三年", 3, "year"),                           # 这三年 (a draft had 近三年: 近 "the last" vs the approx word, rewritten as in sets 18 and 35)
    # 上千件: 上千 is a bare magnitude (call 3); 没有一件: lone 一
    T("两三个工作日", {"min": 2, "max": 3}, "workday"),
    # 次日: no number; 周一: a weekday
    C("四五十人", {"min": 40, "max": 50}, "person"),
    T("半小时以上", 0.5, "hour", qualifier="min"),
    T("十分钟左右", 10, "minute", qualifier="approx"),
    T("两三天", {"min": 2, "max": 3}, "day"),       # 月初的两三天
    PH("0539-5211234"),
    # 8:30-12:00, 13:30-17:00: times of day
    E("llybzx_fw@example.cn"),
    R("兰陵县", LL, in_org=True),                   # 兰陵县政务服务中心; 二楼: a floor
    C("8个", 8, "item"),                            # 共设8个窗口
    R("苍山县", LL, renamed_from="苍山县"),         # 原苍山县老城区的群众: the former name (former_names.tsv), a place before a topic
    # 老城区 (the old town): a common word here, not 洛阳's 老城区; 卞庄街道便民服务站: a street office, no unit of the gazetteer
    R("临沂市", LY, in_org=True),                   # 临沂市医疗保障局
]
