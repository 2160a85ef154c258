from gold_lib import *

LN = "210000"                                       # 辽宁省
SPEC = [
    R("辽宁省", LN, in_org=True),                   # 政协辽宁省第十三届委员会: an organisation's name; 第十三届, 第三次会议: ordinals
    # 提案第0235号: a proposal number, nothing
    # 案由 title without 《》: no places in it
    R("沈阳市", "210100"),                          # 沈阳市某医院: an anonymised organisation (set 15: 无锡某…公司 plain)
    D("2025年1月16日", "2025-01-16"),
    R("辽宁省", LN, in_org=True),                   # 辽宁省医疗保障局(主办)
    R("辽宁省", LN, in_org=True),                   # 辽宁省财政厅(会办)
    D("2023年1月1日起", "2023-01-01", qualifier="from"),
    # 我省, 全省: no places
    P("2%", 0.02),                                  # 按本人缴费基数2%
    P("2.5%", 0.025),                               # 养老金平均: 金平 is no place here; 改革当年 (no date) 全省基本养老金平均水平的2.5%
    # 一是 二是 三是: list words, nothing
    R("沈阳", "210100"),                            # 沈阳、大连、鞍山、锦州4个市: short names of cities
    R("大连", "210200"),
    R("鞍山", "210300"),
    R("锦州", "210700"),
    C("4个", 4, "item"),                            # 4个市: 个 is the classifier (市 after it is a noun)
    C("1200名", 1200, "person"),
    P("62.3%", 0.623),
    P("三成以上", 0.3, qualifier="min"),            # 减少三成以上
    T("45岁以上", 45, "year", age=True, qualifier="min"),
    P("71.8%", 0.718),
    P("38.6%", 0.386),                              # 仅有38.6%: 仅有 is not on the list
    # (一)(二)(三): list numbers
    M("2000元", 2000),                              # 从2000元逐步提高到3000元以上
    M("3000元以上", 3000, qualifier="min"),
    P("10个百分点", 0.1, points=True),
    # 近亲属: no number; “辽事通”: 辽 is a one-character abbreviation; 每月推送: no money, nothing
    R("辽宁省", LN, in_org=True),                   # 辽宁省医疗保障局关于…的答复 (a heading, an organisation's name)
    # 十三届三次会议: 三次 is an ordinal here (the third session), no count (call 2); 第0235号: nothing
    # 辽医保提复〔2025〕17号: a document number
    # 《关于进一步完善职工医保个人账户改革配套措施的提案》: no place, no number in it
    D("2024年底", "2024", qualifier="approx"),      # 截至2024年底: 截至 outside
    C("14个", 14, "item"),                          # 全省14个市
    D("2024年", "2024"),
    C("1.26亿人次", 126000000, "person"),
    M("58.7亿元", 5870000000),
    P("21.4%", 0.214),
    # 一级及以下, 二级, 三级: hospital levels, nothing
    P("60%", 0.6),
    P("55%", 0.55),
    P("50%", 0.5),
    P("5个百分点", 0.05, points=True),
    M("2000元", 2000),                              # 2000元至2500元: two units, two mentions (like 70%至95%)
    M("2500元", 2500),
    D("2026年前", "2026", qualifier="until"),
    M("3000元", 3000),
    D("2023年以来", "2023", qualifier="from"),
    M("9.8亿元", 980000000),
    C("86.4万人次", 864000, "person"),
    M("2.3亿元", 230000000),
    C("31.5万人", 315000, "person"),
    D("2025年起", "2025", qualifier="from"),
    C("1次", 1, "time"),                            # 每年可办理1次: 每年 is no period of a count (set 7)
    # “辽事通”: 辽 one character
    R("辽宁", LN, in_org=True),                     # “辽宁医保”微信公众号: an account
    T("24个月", 24, "month"),                       # 过去24个月
    C("约3.2万次", 32000, "time", qualifier="approx"),   # 每日查询量约3.2万次: 每日 is no period of a count
    PH("024-22856731"),
    R("辽宁省", LN, in_org=True),                   # signature
    D("2025年5月20日", "2025-05-20"),
]
