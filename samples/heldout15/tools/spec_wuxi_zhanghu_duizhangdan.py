from gold_lib import *

WX = "320200"                                       # 无锡市
MONTHS = []
for i in range(1, 13):
    MONTHS += [D("2025-%02d" % i, "2025-%02d" % i),  # a year-month in ISO form (YYYY-MM): a date at month precision
               M("200.00元", 200)]                   # 划入 200.00元: the verb is outside
SPEC = [
    R("无锡市", WX),                                # 无锡市职工基本医疗保险…对账单: a place before a programme
    D("2025年度", "2025"),
    # 医保个人编号 32021100876543210, 卡号 A32021188, 流水号 2026010800157: ID numbers, no phone, no count
    R("无锡", WX),                                  # 无锡某精密机械有限公司: 某 hides the name, plain (set 5 call 2)
    R("无锡市滨湖区", "320211"),                    # 参保地: a chain, one mention at the district
    M("10,000.00元/月", 10000, period="month"),     # 缴费基数 …元/月
    DR("2025年1月1日至2025年12月31日", "2025-01-01", "2025-12-31"),
    D("2026年1月8日", "2026-01-08"),
    # 一、 二、 三、 四、: section numbers
    M("1,234.56元", 1234.56),                       # 上年结转
    M("2,400.00元", 2400),                          # 本年划入
    M("1,865.30元", 1865.30),                       # 本年支出
    M("1,102.80元", 1102.80),
    M("612.50元", 612.50),
    M("150.00元", 150),
    M("1,769.26元", 1769.26),                       # 年末余额
] + MONTHS + [
    M("2,400.00元", 2400),                          # 合计
    C("23次", 23, "time"),
    C("9次", 9, "time"),
    C("2次", 2, "time"),
    M("150.00元", 150),                             # 共150.00元: 共 is not a qualifier
    M("1,536.20元", 1536.20),
    P("约为42%", 0.42, qualifier="approx"),         # 约为 is on the shared list
    # 1. 2. 3. 4.: list numbers
    P("2%", 0.02),
    M("每年700元", 700, period="year"),             # 起付标准为每年700元
    # 一级及以下定点医疗机构: a hospital level (及以下 qualifies the level, not a number with a unit)
    P("70%", 0.7),
    M("3000元", 3000),
    D("2025年12月31日", "2025-12-31"),              # 截至…: the preposition is outside
    D("2026年3月31日前", "2026-03-31", qualifier="until"),
    R("无锡市", WX),                                # 无锡市医保服务热线: a place before a hotline (set 7 call 5), plain
    PH("0510-85001234"),
    PH("12393"),
    R("无锡市", WX, in_org=True),                   # 无锡市医疗保障局 (signature)
    D("2026年1月8日", "2026-01-08"),
]
