from gold_lib import *

JN, LX, ZQ, HY = "370100", "370102", "370114", "370104"   # 济南市, 历下区, 章丘区, 槐荫区
SZ = "320500"                                              # 苏州市
SPEC = [
    R("济南市", JN),                                # 济南市12345政务服务便民热线: a place before a programme (set 7 call 5)
    PH("12345"),                                    # the number as written in the hotline's name
    D("2025-03-10", "2025-03-10"),                  # 导出时间 …17:45:02: a time of day, nothing
    # 工号3527: a staff number, nothing
    C("4条", 4, "item"),                            # 共4条
    # 【工单1】: a label number, nothing
    # GD20250305001234: a work-order ID; the 20250305 inside it is no date (set 5 call 11)
    D("2025-03-05", "2025-03-05"),                  # 来电时间 …09:12:33: time of day, nothing
    # 139****2211: a masked mobile, no phone (set 5 call 11)
    T("72岁", 72, "year", age=True),
    R("济南市", JN),                                # 济南市城乡居民医保: a place before a programme
    R("江苏省苏州市", SZ),                          # a chain: one mention at its most specific level
    R("苏州", SZ),
    T("11天", 11, "day"),
    M("2.3万元", 23000),
    P("约40%", 0.4, qualifier="approx"),
    R("济南市", JN, in_org=True),                   # 济南市医疗保障局历下区分局: the bureau's name breaks the chain:
    R("历下区", LX, in_org=True),                   # two places, both in_org
    T("3个工作日", 3, "workday"),
    M("1000元", 1000),
    P("60%", 0.6),
    P("5个百分点", 0.05, points=True),
    P("10个百分点", 0.1, points=True),
    R("山东", "370000", in_org=True),               # “爱山东”APP: an app's name
    PH("0531-86958130"),
    # 【工单2】 GD20250306000871: ID, nothing
    D("2025-03-06", "2025-03-06"),                  # 14:27:08 time of day
    # 186****0937: masked, nothing
    R("章丘区", ZQ),                                # 章丘区明水街道一家定点药店: 明水街道 a street; 一家 lone 一
    # 一盒: lone 一
    M("38.5元", 38.5),
    M("76元", 76),
    M("37.5元", 37.5),
    T("两三天", (2, 3), "day"),                     # “等两三天”: two neighbouring numerals, a range
    R("济南市章丘区", ZQ, in_org=True),             # 济南市章丘区医疗保障局: a chain in an office's name
    T("5个工作日", 5, "workday"),
    D("2025年3月7日", "2025-03-07"),
    R("章丘区", ZQ, in_org=True),                   # 章丘区医保局执法人员
    C("2盒", 2, "piece"),
    M("76元", 76),                                  # 已于当日退还76元中的…: 当日 is no date (no number)
    M("37.5元", 37.5),
    C("1次", 1, "time"),                            # 约谈1次 (digit 1, not the lone determiner 一)
    PH("0531-83212671"),
    # 【工单3】 GD20250307002519 (合并工单:GD20250307002533): IDs, nothing
    D("2025-03-07", "2025-03-07"),                  # 10:03:51 time of day
    # 0531-8******6: a masked fixed line, no phone (the area code alone is no number)
    DR("2025年1月至2月", "2025-01", "2025-02"),    # the end leaves out the year it shares
    T("3分25秒", 205, "second"),                    # 通话时长3分25秒: one duration, in seconds (README call 2)
    # 转2号键: an extension key, nothing (set 3 call 7)
    R("济南市", JN, in_org=True),                   # 济南市医疗保障局
    T("1个工作日", 1, "workday"),
    T("3个月以内", 3, "month", qualifier="max"),
    # 次月起: no number, no date
    T("30天", 30, "day"),
    M("4800元", 4800),
    P("8%", 0.08),
    M("384元", 384),                                # 每月应缴384元: 应缴 stands between 每月 and the amount, no period
    # 【工单4】 GD20250308000066: ID, nothing
    D("2025-03-08", "2025-03-08"),                  # 20:41:17 time of day
    # 137****5508: masked, nothing
    T("68周岁", 68, "year", age=True),
    R("槐荫区", HY, in_org=True),                   # 槐荫区经办大厅: a place + an office's hall (a facility)
    C("3次", 3, "time"),
    T("1小时以上", 1, "hour", qualifier="min"),     # 每次排队1小时以上: 每次 is a period word for money only
    R("济南市", JN, in_org=True),                   # 济南市医疗保障局槐荫区分局
    R("槐荫区", HY, in_org=True),
    T("15个工作日", 15, "workday"),
    D("2025年4月1日起", "2025-04-01", qualifier="from"),
    # “泉城医保”: 泉城 is a nickname of 济南, no gazetteer name
    T("20个工作日", 20, "workday"),                 # 由20个工作日压缩至10个工作日: a change, two durations (set 11 call 8)
    T("10个工作日", 10, "workday"),
    C("1件", 1, "item"),                            # 本页合计:咨询1件,投诉1件,求助1件,建议1件
    C("1件", 1, "item"),
    C("1件", 1, "item"),
    C("1件", 1, "item"),
    P("100%", 1),
]
