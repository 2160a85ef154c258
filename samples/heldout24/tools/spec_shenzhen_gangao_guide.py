from gold_lib import *

SZ, ZH, GZ, HK, MO = "440300", "440400", "440100", "810000", "820000"
SPEC = [
    # title: 港澳居民 (港澳: no gazetteer name), 在粤 (粤: a one-character abbreviation)
    R("深圳市", SZ, in_org=True),                   # 发布机构:深圳市医疗保障局
    D("2025-02-18", "2025-02-18"),
    # 一、 list number
    R("深圳", SZ),
    R("珠海", ZH),
    R("广州", GZ),
    R("香港", HK),                                  # 香港、澳门居民: places before a people word (plain)
    R("澳门", MO),
    # 港澳居民居住证: 港澳 no name; 横琴 (粤澳深度合作区) and 前海 (深港现代服务业合作区): below county level,
    # no gazetteer unit; 粤澳 / 深港: abbreviations, no places; 合作 (合作区 ×2): a common word (guidelines)
    # 二、(一): list numbers
    R("深圳", SZ),                                  # (一)深圳: a heading word
    D("2025年度", "2025"),
    M("每年420元", 420, period="year"),
    M("460港元", 460, currency="HKD"),              # 约合460港元: 约合 is no qualifier (set 5 call 6)
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    M("每年150元", 150, period="year"),
    R("深圳", SZ),
    P("6%", 0.06),
    P("2%", 0.02),
    R("珠海", ZH),                                  # (二)珠海
    M("380元/人/年", 380, period="year"),           # the whole 元/人/年 is in the span (guidelines)
    # 在横琴居住: 横琴 no unit
    R("澳门", MO),                                  # 澳门居民
    R("澳门", MO, in_org=True),                     # 澳门特区政府: a government (guidelines: 深圳市政府)
    M("每年500澳门元", 500, currency="MOP", period="year"),   # 每人每年: 每人 is no period (set 1 call 2)
    M("450元", 450),                                # 约合450元: 约合 no qualifier
    R("广州", GZ),                                  # (三)广州
    M("每年490元", 490, period="year"),
    DR("2024年10月1日至12月31日", "2024-10-01", "2024-12-31"),
    T("3个月", 3, "month"),
    # 三、 一级/二级/三级医疗机构: hospital levels
    P("85%", 0.85),
    P("75%", 0.75),
    P("65%", 0.65),
    M("每人次不超过50元", 50, period="time", qualifier="max"),   # 每人次 (per visit) + 不超过: period and qualifier
    P("50%", 0.5),
    M("50万元", 500000),                            # 年度最高支付限额为50万元: 为 between, 最高 does not touch
    D("2024年底", "2024", qualifier="approx"),       # 截至: a preposition outside
    R("深圳", SZ),
    R("珠海", ZH),
    R("广州", GZ),
    # 三地: 地 is no classifier
    C("约38.6万人", 386000, "person", qualifier="approx"),
    R("香港", HK),
    C("约29.2万人", 292000, "person", qualifier="approx"),
    R("澳门", MO),
    C("约6.1万人", 61000, "person", qualifier="approx"),
    R("香港", HK),                                  # 在香港看病
    # 内地: no place; 三至五倍: 倍 is no classifier; 一次: lone 一
    M("约1,200港币", 1200, currency="HKD", qualifier="approx"),   # 港币 (guidelines: 港元/港币)
    # 四、
    R("深圳市", SZ, in_org=True),
    PH("0755-83938888"),
    R("珠海市", ZH, in_org=True),
    PH("(0756)2623456"),                            # parentheses belong to the number (set 1 call 16)
    R("广州市", GZ, in_org=True),
    PH("020-83568999"),
    PH("12393"),
    R("深圳", SZ, in_org=True),                     # 深圳驻港服务处: an office's name (驻港: 港 one character)
    R("香港", HK, in_org=True),                     # (香港): a place alone in brackets after an office's name is part of it (guidelines; corrected in session 15, was plain)
    m("phone", "+852 2345 6789", "+85223456789", kind="fixed"),    # other plan: E.164 in its own plan, no area code
    m("phone", "+852 9123 4567", "+85291234567", kind="mobile"),   # HK mobiles begin with 5/6/9
    R("澳门", MO),                                  # 澳门咨询点: a place + 咨询点 (a service point, not an organisation's name)
    m("phone", "2888 1234", "+85328881234", kind="fixed"),         # local 8 digits after a place in Macau (guidelines)
    m("phone", "6612 3456", "+85366123456", kind="mobile"),        # Macau mobile (6…), same place
    # 粤港澳服务专员: abbreviations, no places
    PH("138 2345 6789"),
    m("phone", "+86 755 8393 8888", "+8675583938888", kind="fixed",
      area_code="0755", area_city="深圳市"),          # international form of a 0755 number (set 10 call 3)
]
