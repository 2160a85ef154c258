from gold_lib import *

HB, YC, YL, DY = "420000", "420500", "420506", "420582"   # 湖北省, 宜昌市, 夷陵区, 当阳市
SPEC = [
    # 【截图一:手机短信】: 一 is a screenshot number
    # 10655912393: the SMS gateway number the message came from (106 + a sender code), no phone (call 7)
    D("2025年6月18日", "2025-06-18"),               # 星期三: a weekday; 16:42 a time
    R("宜昌", YC, in_org=True),                     # 【宜昌医保】: an SMS sender's signature (set 32 call 3)
    # 王**: a masked name
    D("2025-06-18", "2025-06-18"),                  # 16:37 a time
    R("宜昌市", YC, in_org=True),                   # 宜昌市中心人民医院
    # 高血压Ⅲ级 (III级 after NFKC): a grade of the disease, nothing
    M("386.40元", 386.4),
    M("251.16元", 251.16),
    P("65%", 0.65),
    M("135.24元", 135.24),
    M("0.00元", 0),                                 # 现金支付0.00元 (call 2)
    M("2,137.80元", 2137.8),                        # 已累计支付: 累计 is no qualifier
    M("3000元", 3000),
    M("862.20元", 862.2),
    PH("0717-6229315"),
    PH("12393"),
    # 回T退订; second SMS from 10655912393 again (call 7)
    D("2025年7月2日", "2025-07-02"),                # 09:05 a time
    R("宜昌", YC, in_org=True),                     # 【宜昌医保】
    # 2型糖尿病: a disease type, nothing
    DR("2025年7月1日至2027年6月30日", "2025-07-01", "2027-06-30"),
    P("70%", 0.7),
    M("每年300元", 300, period="year"),             # 起付标准每年300元
    M("2500元", 2500),
    # 两病种: 病种 is no classifier (两 touches 病), nothing
    M("最高5500元", 5500, qualifier="max"),
    C("1家", 1, "institution"),                     # 选定的1家: digit 1 is no lone 一 (set 1 call 13)
    # 【截图二:"鄂汇办"APP …】: 鄂 is a one-character abbreviation, nothing
    D("2025年06月", "2025-06"),                     # a month heading of the record list
    M("¥246.04", 246.04),                           # 支出¥246.04: ¥ is the unit before the number (sets 4, 19, 46)
    # 06-18 16:37: month-day without year and without 月/日, and a time: nothing (set 24 call 5)
    R("宜昌市", YC, in_org=True),                   # 宜昌市中心人民医院
    M("-¥135.24", -135.24),                         # -¥135.24: the sign is part of the amount (call 8, as the maintainer corrected it in session 14)
    M("¥386.40", 386.4),                            # 总费用¥386.40
    M("¥251.16", 251.16),                           # 统筹支付¥251.16
    # 06-11 10:22: nothing
    R("宜昌市夷陵区", YL, in_org=True),             # 宜昌市夷陵区人民医院: a chain inside the name
    M("-¥42.80", -42.8),
    M("¥96.30", 96.3),
    M("¥53.50", 53.5),
    # 06-03 19:48: nothing
    R("宜昌", YC, in_org=True),                     # 宜昌同德堂大药房: a pharmacy chain's name
    # 同德 (同德县, 青海) inside 同德堂: part of a longer name, nothing
    R("夷陵", YL, in_org=True),                     # (夷陵店): the branch's name, a place + store word (call 9)
    M("-¥68.00", -68),
    D("2025年05月", "2025-05"),
    M("¥277.00", 277),
    # 05-27 08:15: nothing
    R("宜昌市", YC, in_org=True),
    M("-¥137.00", -137),
    M("¥391.43", 391.43),
    M("¥254.43", 254.43),
    # 05-09 20:31: nothing
    R("湖北", HB, in_org=True),                     # 湖北恒安大药房
    R("当阳", DY, in_org=True),                     # (当阳店) (call 9)
    M("-¥140.00", -140),
    M("¥1,026.45", 1026.45),                        # 个人账户余额
    D("2025年", "2025"),                            # 当前年度 2025年
    D("2025-06-05", "2025-06-05"),                  # 最近划入
    M("¥117.60", 117.6),                            # (每月划入) is after the amount and its bracket: no period
    M("每月117.60元", 117.6, period="month"),       # 按每月117.60元定额划入
    P("2%", 0.02),
    # 【截图三:待遇信息】; 高血压Ⅲ级: nothing
    D("2026年12月31日", "2026-12-31"),              # 有效期至2026年12月31日: 至 a preposition (set 1 call 15), one date
    R("宜昌市", YC, in_org=True),                   # 定点:宜昌市中心人民医院
    # 2型糖尿病: nothing
    DR("2025-07-01至2027-06-30", "2025-07-01", "2027-06-30"),
    M("每年600元", 600, period="year"),
    # 二级医院 / 三级医院: grades
    P("55%", 0.55),
    P("50%", 0.5),
    M("3000元", 3000),
    PH("0717-6229315"),
    # (工作日8:30-17:30): 工作日 without a number, and times: nothing
]
