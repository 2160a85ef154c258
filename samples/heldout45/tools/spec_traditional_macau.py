from gold_lib import *

# 澳门特区政府 notice (衞生局 + 社会保障基金, invented), HK/Macau Traditional with Portuguese names in
# brackets; offsets index the t2s + NFKC text (t2s keeps the HK variant 衞 of 衞生局).
MO, HK, ZH = "820000", "810000", "440400"
SPEC = [
    R("澳门特别行政区", MO, in_org=True),           # 澳门特别行政区政府 (the letterhead): a government
    # 衞生局 (Serviços de Saúde), 社会保障基金 (Fundo de Segurança Social): Portuguese names, no mentions
    # 通告 第12/2025号: a notice number (not a date, not a fraction)
    R("澳门", MO),                                  # 澳门居民: a place before people, plain
    # 横琴: a 新区 of 珠海's 香洲区, no gazetteer unit
    R("珠海市", ZH),                                # 珠海市基本医疗保险: a programme, plain
    # 横琴粤澳深度合作区: 横琴/粤澳 no units, 合作 (甘南's 合作市) part of 合作区 (twice); "Guangdong e Macau em Hengqin": Latin-script names are no mentions (call 6)
    R("澳门特别行政区", MO, in_org=True),           # 澳门特别行政区政府由2025年1月1日起
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    # 合作区: no place
    R("澳门", MO),                                  # 澳门居民
    R("珠海市", ZH),                                # 珠海市城乡居民基本医疗保险: programme
    # 第45/2024号行政长官批示 (Despacho … n.o 45/2024): a dispatch number, twice; nothing
    # 一、资助对象: list number
    R("澳门", MO),                                  # 澳门居民身份证: a place before an ID card, plain (set 27's 香港身份证)
    # 港澳居民居住证: 港澳 no place; 横琴 no unit
    R("澳门", MO),                                  # 登记参保的澳门居民
    D("2024年12月31日", "2024-12-31"),              # 截至: a preposition, outside
    C("约2.1万名", 21000, "person", qualifier="approx"),
    R("澳门", MO),                                  # 约2.1万名澳门居民
    R("珠海", ZH),
    D("2023年", "2023"),                            # 较2023年增加
    P("约35%", 0.35, qualifier="approx"),
    # (一)(二)(三): list numbers
    D("2025年度", "2025"),
    R("珠海市", ZH),                                # 珠海市居民医保: a topic, plain
    M("每年450元", 450, period="year"),             # 每人每年450元人民币: 人民币 after the unit outside
    # 特区政府: no place written
    M("每年300澳门元", 300, currency="MOP", period="year"),
    M("276元", 276),                                # 折合约人民币276元: 人民币 between 约 and the amount: no qualifier; CNY
    T("65岁", 65, "year", age=True),                # 年满65岁: 满 is no qualifier
    M("500澳门币", 500, currency="MOP"),            # 澳门币: the guidelines' second name of the pataca
    C("1次", 1, "time"),                            # 每人限领1次: digit 1 is no lone 一 (set 1 call 13)
    M("每年600澳门元", 600, currency="MOP", period="year"),   # the 医疗券 (Vale de Saúde)
    # 横琴: no unit
    P("65%", 0.65),
    P("85%", 0.85),                                 # 85%至90%: two percents (guidelines)
    P("90%", 0.9),
    M("40万元", 400000),                            # 年度累计最高支付限额为40万元: 最高 does not touch
    R("澳门", MO),
    R("香港", HK),
    DR("每年10月1日至12月20日", "--10-01", "--12-20", recurring="yearly"),
    D("次月1日起", "---01", relative_to="next_month", qualifier="from"),
    T("15个工作日", 15, "workday"),                 # 15个工作日内: 内 is no qualifier
    # 氹仔, 路环, 离岛: no gazetteer units; Centro de Saúde das Ilhas: Portuguese
    m("phone", "(853) 2856 2233", "+85328562233", kind="fixed"),   # Macau's plan; (853) is part of the number (set 1 call 16), no area_code
    # 星期一至五 9:00-17:45: weekdays and times of day
    R("澳门", MO),                                  # 社会保障基金热线:澳门 2853 2850: the label names the place
    m("phone", "2853 2850", "+85328532850", kind="fixed"),   # a local 8-digit number after 澳门 is Macau's (guidelines)
    R("珠海市", ZH, in_org=True),                   # 珠海市横琴医疗保障服务站: an office
    PH("0756-8841234"),                             # 珠海: 7-digit local numbers
    E("ssm.hengqin@example.mo"),
    U("www.ssm.example.gov.mo"),
    # 衞生局局长 梁嘉华: no place
    D("二〇二五年三月十四日", "2025-03-14"),
]
