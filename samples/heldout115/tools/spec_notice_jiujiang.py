from gold_lib import *

JJ, JX = "360400", "360000"                         # 九江市, 江西省
SPEC = [
    R("九江市", JJ, in_org=True),                   # 九江市卫生健康委员会 (the issuing body, title line)
    # 九卫医字〔2025〕23号: a document number (九 is a one-character abbreviation, no place)
    # 各县(市、区): no place
    R("江西省", JX, in_title=True),                 # 《江西省胸痛中心建设行动方案(2024-2026年)》: a programme's title, not an org
    DR("2024-2026年", "2024", "2026"),              # a year range inside the title: annotated wherever it stands
    # 一、 二、 (一) …: section numbers
    D("2026年底", "2026", qualifier="approx"),      # 到2026年底: 到 is a preposition
    # 每个县: no number; (基层版): nothing
    C("1家", 1, "institution"),                     # 至少建成1家: 建成 stands between 至少 and the count (digit 1 is no lone 一)
    C("1家", 1, "institution"),
    D("2027年起", "2027", qualifier="from"),
    # 二级以上综合医院: a hospital level
    P("100%", 1),
    D("2025年6月", "2025-06"),                      # 截至 is a preposition
    C("12家", 12, "institution"),
    C("4家", 4, "institution"),
    C("8家", 8, "institution"),
    R("修水县", "360424"),
    R("都昌县", "360428"),
    R("彭泽县", "360430"),
    C("1家", 1, "institution"),                     # 尚各缺1家
    R("武宁县", "360423"),
    C("2家", 2, "institution"),
    # ST段: nothing; D2W: an abbreviation, its 2 is no number
    T("不超过90分钟", 90, "minute", qualifier="max"),
    T("10分钟", 10, "minute"),                      # ≤10分钟: ≤ is a sign, not a word of the shared list (call 1)
    # DNT: an abbreviation
    T("不超过60分钟", 60, "minute", qualifier="max"),
    T("45分钟以内", 45, "minute", qualifier="max"),
    PH("120"),                                      # 院前120急救车: the emergency number (call 3)
    P("不低于80%", 0.8, qualifier="min"),
    # 一次性: lone 一
    M("50万元", 500000),
    M("20万元", 200000),
    D("2025年", "2025"),
    M("360万元", 3600000),
    DR("2025年9月1日至10月31日", "2025-09-01", "2025-10-31"),
    D("11月15日前", "--11-15", qualifier="until"),
    D("12月", "--12"),                              # 将于12月组织专家
    # 《胸痛中心认证标准(第六版)》: an ordinal (edition); 占5分: a score, no mention (call 2)
    PH("0792-8226531"),
    E("jjwjw_yzk@example.com"),
    R("九江市", JJ, in_org=True),
    D("2025年7月18日", "2025-07-18"),
]
