from gold_lib import *

QD = "370200"                                       # 青岛市
# English lines: only the forms of the guidelines count (set 4 call 16). `December 18, 2024`,
# `January 1, 2025`, `4,620 yuan`, `3 months`, `25 years`, `30 days`, `3 working days`, `RMB 500,000`,
# `Qingdao`, `Shinan District`, `Ningxia Road`, `Mon.–Fri.`, times `9:00 a.m.–5:00 p.m.` are no mentions.
# `2025-01-01`, `%` and the phone numbers are forms of the guidelines whatever the language around them.
SPEC = [
    R("青岛市", QD),                                 # title: 青岛市外籍人员…办事指南 (a topic)
    D("2024-12-18", "2024-12-18"),                  # 发布时间
    R("青岛市", QD, in_org=True),                    # 来源:青岛市医疗保障局
    # Released: December 18, 2024: an English date, no mention (not a form of the guidelines)
    # 一、…五、: list numbers
    R("青岛市", QD),                                 # 在青岛市行政区域内
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    # 其他国家, 我国: no place
    D("2025-01-01", "2025-01-01"),                  # (effective date: 2025-01-01): an ISO date in an English line is a guideline form
    P("8%", 0.08),
    P("2%", 0.02),
    D("2025年", "2025"),
    M("4,620元/月", 4620, period="month"),          # 下限为4,620元/月
    M("23,100元/月", 23100, period="month"),
    P("8%", 0.08),                                  # English line: `8% of total wages`
    P("2%", 0.02),
    # from 4,620 yuan to 23,100 yuan in 2025: yuan is not a unit of the guidelines, 2025 has no 年
    T("3个月", 3, "month"),                         # 满3个月后: 满 is not on the list; 后 after a duration stays outside (30日后 → 30日)
    # 一级及以下医疗机构, 三级医疗机构: hospital levels (一级及以下 is no qualifier of a number)
    M("300元", 300),
    P("90%", 0.9),
    M("1000元", 1000),
    P("85%", 0.85),
    # 一个年度: lone 一
    M("50万元", 500000),                            # 最高支付限额为50万元: 最高 does not touch
    P("90%", 0.9),                                  # English line
    P("85%", 0.85),
    # RMB 500,000: no unit of the guidelines
    T("25年", 25, "year"),                          # 满25年: 满 outside
    T("20年", 20, "year"),
    T("10年", 10, "year"),
    # English: 25 years, 20 years, 10 years: no mentions
    T("30日", 30, "day"),                           # 入职之日起30日内: 内 is not on the list
    R("青岛", QD, in_org=True),                      # “青岛医保”微信公众号: an account
    T("3个工作日", 3, "workday"),
    R("市南区", "370202"),                           # 市南区、市北区、李沧区的用人单位: places before 的, no office word
    R("市北区", "370203"),
    R("李沧区", "370213"),
    R("青岛市", QD, in_org=True),                    # 青岛市医疗保障服务中心
    R("崂山区", "370212"),
    R("城阳区", "370214"),
    R("黄岛区", "370211"),
    R("即墨区", "370215"),
    R("胶州市", "370281"),
    R("平度市", "370283"),
    R("莱西市", "370285"),
    # 当地医保经办机构: no place named
    R("青岛市", QD, in_org=True),                    # 五、 青岛市医疗保障服务中心
    R("青岛市市南区", "370202"),                     # address: one chain (set 1 call 18); 宁夏路286号 (a road and house number: 宁夏 is part of a road name), 邮编266071 (a postcode)
    # English address line: 286 (house number), 266071 (postcode): nothing
    PH("0532-85912393"),                            # (工作日9:00-17:00): times; 工作日 without a number is no duration
    m("phone", "+86-532-85912393", "+8653285912393", kind="fixed", area_code="0532", area_city="青岛市"),
                                                    # the international form: the number as written, +86 included; area code 0532 (written 532)
    PH("12393"),
    PH("12393"),                                    # Hotline: 12393
    E("ybfw@qingdao.example.gov.cn"),
    U("https://ybj.qingdao.example.gov.cn/en/"),
]
