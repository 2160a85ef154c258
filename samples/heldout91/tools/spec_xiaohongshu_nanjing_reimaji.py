from gold_lib import *

NJ, JS, SZ = "320100", "320000", "320500"          # 南京市, 江苏省, 苏州市
QH, GL = "320104", "320106"                        # 秦淮区, 鼓楼区 (南京's)
SPEC = [
    R("南京秦淮区", QH),                           # headline chain (‼️ → !! after NFKC)
    R("南京", NJ),                                 # 📍 location tag
    D("2026-03-08", "2026-03-08"),                 # 编辑于
    R("江苏", JS),                                 # IP属地
    # 一分钱: lone 一 (分 is no currency unit)
    # 去年双11: a shopping festival, 11 has no unit
    R("秦淮区", QH),                               # 秦淮区一家诊所 (一家: lone 一)
    # 900发: 发 is no classifier
    M("13800元", 13800),
    M("2000块", 2000),
    # 最后花了15800: no unit.  大概600发: nothing.  订单号 NJ20251111004521: an order number (no date, no phone).  900发
    PH("12345"),
    m("phone", "12315", "12315", kind="service"),  # 12315平台 (call 1)
    T("45天", 45, "day"),
    M("3000块", 3000),
    P("10%", 0.1),
    # 这几年: no number
    C("2支", 2, "piece"),                          # 玻尿酸 2支
    M("3200元", 3200),                             # × 3200元/支: /支 outside
    C("3次", 3, "time"),
    # 680一次: 680 has no unit; 一次 is a lone 一
    D("2023年", "2023"),
    R("鼓楼", GL),                                 # 在鼓楼那边: 南京's 鼓楼区 by context (call 7)
    M("6800元", 6800),
    T("两三个月", (2, 3), "month"),                # 差不多 is no qualifier
    M("每次480元", 480, period="time"),
    # 一年: lone 一
    C("五六次", {"min": 5, "max": 6}, "time"),     # two neighbouring numerals: a range
    T("4年", 4, "year"),
    M("5万块", 50000),                             # 将近5万块: 将近 is not on the qualifier list (近 does not touch)
    # 1️⃣ 2️⃣ 3️⃣ 4️⃣: keycap list markers (NFKC keeps the digit)
    # 《医疗机构执业许可证》: no place
    R("苏州", SZ),                                 # 我闺蜜在苏州
    M("1200元", 1200),
    T("3个月", 3, "month"),
    T("18岁以下", 18, "year", age=True, qualifier="max"),
    # 会员卡号 8866 0251 3377 4419: a card number, no phone
    # 补打300发: nothing
    R("南京", NJ, in_org=True),                    # 南京市场监管 = 南京 + 市场监管 (an office written short); not 南京市 (call 8)
    PH("025-68789315"),
    R("南京", NJ),                                 # #南京医美: a hashtag is a topic (set 44 call 9)
    # 👍 2.1万 ⭐ 8635 💬 642: counters
]
