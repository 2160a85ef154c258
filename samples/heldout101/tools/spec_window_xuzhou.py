from gold_lib import *

XZ, QS, JS = "320300", "320311", "320000"          # 徐州市, 泉山区, 江苏省
SPEC = [
    R("徐州", XZ, in_org=True),                     # 徐州医科大学附属医院
    # 《中华人民共和国退役军人保障法》: no division of the gazetteer (共和 is 共和县 of 海南州, part of a longer word)
    R("江苏省", JS, in_title=True),                 # 《江苏省军人军属优待办法》
    D("2025年8月1日起", "2025-08-01", qualifier="from"),   # 自 … 起: 自 is a preposition
    # 1号窗口, 3楼: a window and a floor number, nothing
    # 一级至十级: grades, nothing (call 1)
    # 周一至周五, 周六、周日: weekdays, no dates; 8:00-17:30, 8:00-12:00: times
    T("24小时", 24, "hour"),
    # 1. … 4.: list numbers; "五优先": a slogan, nothing
    # (1-6级): grades in digits, nothing (call 1); 减半: no percent form of the guidelines (call 8)
    # 驻徐: one character; 规定结算: 定结 (定结县, 西藏) straddles two words; 某部83456部队: a unit's number, nothing (call 4)
    D("每年8月1日前后", "--08-01", recurring="yearly", qualifier="approx"),
    # "八一": the name of Army Day, nothing
    C("5项", 5, "item"),
    DR("1-7月", "--01", "--07"),                    # 今年1-7月
    C("2,836人次", 2836, "person"),
    T("15分钟以内", 15, "minute", qualifier="max"),
    P("99.2%", 0.992),
    C("1人", 1, "person"),                          # 限1人: 限 is not on the qualifier list
    D("2024年", "2024"),
    C("1.1万余件", 11000, "item", qualifier="min"),
    PH("0516-85802345"),
    PH("0516-83956789"),
    PH("120"),
    R("徐州市泉山区", QS),                          # address; 淮海西路99号 (海西 inside a road's name, not 海西州): a road, 221006: a postcode
    R("徐州", XZ, in_org=True),                     # signature
    D("2025年7月25日", "2025-07-25"),
]
