from gold_lib import *

WZ, SH, HZ = "330300", "310000", "330100"           # 温州市, 上海市, 杭州市
SPEC = [
    R("温州", WZ),                                  # 温州参保人: people of the place, no organisation
    R("温州市", WZ, in_org=True),                   # 来源:温州市医疗保障局
    D("2025-04-21", "2025-04-21"),
    # 一、… 四、 and (一)(二)(三): section numbers
    R("温州市", WZ),                                # 温州市基本医疗保险参保人员: a programme
    # “浙里办”APP: 浙 is a one-character abbreviation, nothing; 市外: no place
    T("3个工作日", 3, "workday"),                   # 3个工作日内办结: 内 is not a qualifier
    # 各县(市、区): no place
    R("鹿城区", "330302"),
    R("瑞安市", "330381"),
    T("不超过5个工作日", 5, "workday", qualifier="max"),
    # 1. 2. 3. 4.: list numbers
    R("上海", SH),
    R("杭州", HZ),
    R("温州", WZ),
    P("85%", 0.85),
    P("70%", 0.7),
    R("上海", SH),
    M("每次450元左右", 450, period="time", qualifier="approx"),
    M("每次不超过500元", 500, period="time", qualifier="max"),   # period and qualifier together (set 1 call 3)
    P("10个百分点", 0.1, points=True),
    T("6个月", 6, "month"),
    # 不限次数: no number
    T("3个月", 3, "month"),                         # 备案后3个月内
    # 第2次变更: ordinal (call 1)
    DR("每年12月15日至12月31日", "--12-15", "--12-31", recurring="yearly"),
    D("1月10日后", "--01-10", qualifier="from"),    # 次年1月10日后: 次年 is not part of it (set 1 call 9)
    C("24次", 24, "time"),                          # 透析满24次: 满 is not a qualifier
    # 复评一次, 最近一次: lone 一; Kt/V: no number
    PH("0577-88960123"),
    R("上海", SH),                                  # 上海就医地咨询: a service topic, plain
    PH("12345"),
    U("https://ybj-wz.example.com/ydjy/2025"),      # the 2025 inside the URL is nothing
]
