from gold_lib import *

WH, HB = "420100", "420000"                         # 武汉市, 湖北省
SPEC = [
    R("武汉", WH, in_org=True),                     # 武汉吧: the name of a 贴吧 forum, a proper name (call 6)
    # 花了8w多: shorthand w with no currency unit (call 1); 能报几成: no number
    # 1楼 … 7楼: floor numbers (ordinals), nothing; 汉口小王子: 汉口 is no division; Android客户端
    D("2025-04-03", "2025-04-03"),                  # 1楼; 10:21 is a time
    T("67岁", 67, "year", age=True),
    # 上个月: no number; 协和: a hospital's nickname, no place
    T("半个月", 0.5, "month"),                      # like 半年 (set 4 call 6)
    M("8万3千多元", 83000, qualifier="min"),        # 多 between the number and its unit → min (call 2)
    # 报了5W, 掏了3w3: shorthand, no unit (call 1); 二次报: secondary reimbursement, nothing
    D("2025-04-03", "2025-04-03"),                  # 2楼
    # 三级医院, 三甲: hospital levels
    P("5成", 0.5),                                  # 大概5成: 大概 is not on the list
    M("2000块左右", 2000, qualifier="approx"),
    R("武汉", WH),
    D("2025-04-03", "2025-04-03"),                  # 3楼
    M("15000元", 15000),                            # 𝟏𝟓𝟎𝟎𝟎元
    P("60%", 0.6),
    # 超过10万的部分: 万 without 元, not money
    P("70%", 0.7),
    R("武汉", WH),
    R("武汉", WH, in_org=True),                     # “武汉惠民保”: a product's name
    # 惠民保: 惠民 is a word here, not 惠民县 (山东)
    M("69块", 69),
    T("6个月", 6, "month"),                         # 出院后6个月内: 内 is not a qualifier
    D("2025-04-03", "2025-04-03"),                  # 4楼
    M("380元", 380),
    M("1 200元", 1200),                             # thousands grouped by a space
    # 3万5: no unit, nothing (call 2)
    R("湖北", HB, in_org=True),                     # 湖北医保小助手: an account's name
    D("2025-04-03", "2025-04-03"),                  # 5楼
    R("武汉市", WH),
    D("2025年度", "2025"),
    M("每年380元", 380, period="year"),             # 每人每年380元 (set 1 call 2)
    M("1200元", 1200),
    P("55%", 0.55),
    M("1.5万元", 15000),
    M("1.5万至10万元", (15000, 100000)),            # one unit for the range
    P("60%", 0.6),
    M("10万元以上", 100000, qualifier="min"),
    P("70%", 0.7),
    M("上限40万元", 400000, qualifier="max"),
    PH("027-85751234"),
    PH("12345"),
    D("2025-04-03", "2025-04-03"),                  # 6楼
    # ⑤楼 → 5楼: a floor number; 一个月: lone 一; 2.5k/年: shorthand k, no currency (call 1)
    T("15年", 15, "year"),                          # 交满15年: 满 is not a qualifier
    R("湖北", HB, in_org=True),                     # 7楼 湖北医保小助手
    D("2025-04-03", "2025-04-03"),
    P("60%", 0.6),                                  # 全省: no place
    P("8%", 0.08),
    D("2025年", "2025"),
    M("约5百6十元", 560, qualifier="approx"),       # 每月缴费约5百6十元: 缴费 between; mixed form (call 2)
    T("25年", 25, "year"),
    T("20年", 20, "year"),
    D("2025-04-03", "2025-04-03"),                  # 8楼
    M("一万二千五百元", 12500),
    T("15个工作日", 15, "workday"),
    M("6万2千多元", 62000, qualifier="min"),        # 5W + 12500 = 62500 (call 2)
    P("7成5", 0.75),                                # call 3
    # 吧友: nothing
    D("2025-04-03", "2025-04-03"),                  # 9楼
    R("武汉", WH),
    C("1,700多家", 1700, "institution", qualifier="min"),   # 1，700多家: full-width comma grouping, 多 → min
    C("400家以上", 400, "institution", qualifier="min"),
]
