from gold_lib import *

SX, YC, KQ, SY = "330600", "330602", "330603", "330604"   # 绍兴市, 越城区, 柯桥区, 上虞区
SPEC = [
    R("越城区", YC, in_org=True),                   # 越城区塔山街道医保互助群: a group chat's name (call 9); 塔山街道: a street office; 互助 (mutual aid) is a word here, not 互助县 (青海)
    # (236): member counter, nothing
    D("2025年11月20日", "2025-11-20"),              # the chat's day separator
    # 09:12 etc.: times of day
    D("2026年度", "2026"),
    M("每年410元", 410, period="year"),             # 每人每年４１０元
    D("2025年12月31日", "2025-12-31"),              # 缴费截止时间２０２５年１２月３１日: 截止时间 before the date, no qualifier
    # 3百8: no unit, nothing
    M("400元", 400),
    M("10块", 10),
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    P("百分之五十", 0.5),
    R("柯桥", KQ),
    R("上虞", SY),
    # “浙里办”APP: 浙 one character, nothing; 周一到周五 8:30-17:00: weekdays and times
    R("绍兴市", SX, in_org=True),                   # 绍兴市医保局
    D("2026年起", "2026", qualifier="from"),
    M("1.2万元", 12000),                            # 降至1.2万元
    P("5个百分点", 0.05, points=True),
    M("50万元", 500000),                            # 最高可报50万元: 可报 between 最高 and the amount
    C("86家", 86, "institution"),                   # 全市: no place
    C("1份", 1, "piece"),                           # 复印件各1份
    # ⑴ ⑵ ⑶ → (1) (2) (3): list markers
    D("次月1日起", "---01", relative_to="next_month", qualifier="from"),
    T("超过3个月", 3, "month", qualifier="min"),
    PH("0575-85121234"),
    PH("12345"),
    E("ycq_yibao@example.cn"),
    R("越城区", YC),                                # 越城区今年参保率: a place before a topic
    P("98.6%", 0.986),
    C("1千2百多人", 1200, "person", qualifier="min"),   # mixed form + 多 (calls 2, and 多 → min)
    R("绍兴", SX, in_org=True),                     # 绍兴文理学院: a university's name
    # 一年也是410吗: lone 一, 410 has no unit
    M("410元", 410),                                # 每人410元: 每 + classifier, no period
    D("2026年度", "2026"),                          # in a file name 2026年度居民医保缴费指南.pdf: still a date; 1.2MB nothing
]
