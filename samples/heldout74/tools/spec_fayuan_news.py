from gold_lib import *

TS, QZ = "620500", "620502"                     # 天水市, 秦州区
WF, KW = "370700", "370705"                     # 潍坊市, 奎文区
CD, WL = "430700", "430702"                     # 常德市, 武陵区
DOCS = {
    "heldout74-fayuan-1": [
        R("秦州", QZ, in_org=True),                # 秦州法院: a court written short (guidelines: offices written short)
        R("天水市秦州区", QZ, in_org=True),        # source line: 天水市秦州区人民法院
        D("2025-03-12", "2025-03-12"),             # the item's own date line, no related block: plain
        D("3月11日", "--03-11"),
        R("天水市秦州区", QZ, in_org=True),
        # 皂郊镇: a township, nothing
        T("72岁", 72, "year", age=True),
        D("2024年10月", "2024-10"),
        # 三轮车: no number of the text's entities (三轮 is part of a word)
        R("天水市", TS, in_org=True),              # 天水市第一人民医院 (一人 in 第一人民: no count)
        T("21天", 21, "day"),
        M("3.6万余元", 36000, qualifier="min"),    # 余 between 万 and 元: more than
        M("1.9万元", 19000),
        P("80%", 0.8),
        M("2.4万元", 24000),
        # 分两期: 期 is no classifier (set 31 call 7)
        D("2025年6月30日前", "2025-06-30", qualifier="until"),
        C("60多人", 60, "person", qualifier="min"),
        R("秦州区", QZ, in_org=True),              # 秦州区法院
        PH("0938-8213627"),
    ],
    "heldout74-fayuan-2": [
        R("奎文", KW, in_org=True),                # 奎文法院 (title); 一起 (lone 一)
        D("2025年05月21日", "2025-05-21"),
        R("潍坊市奎文区", KW, in_org=True),        # 来源:潍坊市奎文区人民法院
        R("潍坊市奎文区", KW, in_org=True),
        T("45岁", 45, "year", age=True),           # 案发时45岁: an age at the time of the offence
        DR("2023年3月至2024年8月", "2023-03", "2024-08"),   # …间: outside
        R("潍坊市", WF),                           # 潍坊市多家药店: counted institutions, plain
        C("136次", 136, "time"),                   # <strong>136</strong>次
        M("2.96万元", 29600),
        T("十个月", 10, "month"),                  # 有期徒刑十个月
        # 缓刑一年: 一年 is a lone 一 (guidelines: 一年 is no mention), call 4
        M("一万元", 10000),                        # 罚金人民币一万元: money has no lone-一 rule (一元 is money)
        T("30日", 30, "day"),                      # 30日内
        PH("0536-8096312"),
        E("kwfy@example.com"),
    ],
    "heldout74-fayuan-3": [
        R("武陵", WL, in_org=True),                # 武陵法院 (title)
        T("半年", 0.5, "year"),                    # 拖欠半年的医疗费
        R("常德市武陵区", WL, in_org=True),        # source line
        D("2025-06-03", "2025-06-03"),
        D("2024年12月", "2024-12"),
        R("常德市武陵区", WL, in_org=True),
        M("8.75万元", 87500),
        M("986元", 986),
        D("5月28日", "--05-28"),                   # 今年5月28日: 今年 outside; 次日 (no number) nothing
        M("1,120元", 1120),
        T("近半年", 0.5, "year", qualifier="approx"),   # 近 is on the shared list (approx)
        DR("1-5月", "--01", "--05"),               # 今年1-5月: 今年 outside
        R("武陵区", WL, in_org=True),              # 武陵区法院
        C("58件", 58, "item"),
        M("365.4万元", 3654000),
        P("92.3%", 0.923),
        PH("0736-7221568"),
    ],
}
