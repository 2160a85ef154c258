from gold_lib import *

YY, HS = "430900", "430903"                         # 益阳市, 赫山区
SPEC = [
    R("赫山区", HS, in_org=True),                   # 赫山区清溪中学 (the school's name)
    D("2026年度", "2026"),
    # 各班: no count; 学平险: no number
    R("益阳市", YY, in_org=True),                   # 益阳市医疗保障局
    R("益阳市赫山区", HS, in_org=True),             # 国家税务总局益阳市赫山区税务局: a chain, the county
    D("2026年度", "2026"),                          # inside 《关于做好2026年度…通知》: a plain date (set 7: the year in a title)
    # 益医保发〔2025〕21号: a document number (益: a one-character abbreviation)
    # 一、二、… 1.2.3.4.: list numbers (1.缴费标准, 2.缴费时间 …: the number touches a word, not a unit)
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),             # 每人每年400元: 每人 is no period (set 1 call 2)
    # 上年度: no date
    M("20元", 20),                                  # 提高20元
    M("每年不低于700元", 700, period="year", qualifier="min"),
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    T("3个月", 3, "month"),
    # "湘税社保": 湘 is a one-character abbreviation, no place
    R("湖南", "430000", in_org=True),               # "湖南税务"APP: an app's name
    R("赫山区", HS, in_org=True),                   # 赫山区政务服务中心
    # 县域内, 二级医院: nothing
    P("75%", 0.75),
    M("2000元", 2000),                              # 每年最高报销2000元: 报销 stands between 最高 and the amount, and 每年 does not touch
    M("180元", 180),                                # 缴费180元/人: /人 is a classifier, not a period (set 9 call 5): the span ends at 元
    T("1年", 1, "year"),                            # 保障期限1年: the digit 1 is no lone 一 (set 1 call 13)
    DR("2025年9月1日至2026年8月31日", "2025-09-01", "2026-08-31"),
    M("10万元", 100000),
    M("最高2万元", 20000, qualifier="max"),
    # 0免赔: a bare 0, no unit
    P("100%", 1),
    M("每天50元", 50, period="day"),                # 住院津贴每天50元
    T("180天", 180, "day"),                         # 最长180天: 最长 is not on the shared list
    D("9月8日前", "--09-08", qualifier="until"),
    DR("9月8日-9月19日", "--09-08", "--09-19"),
    D("9月22日前", "--09-22", qualifier="until"),
    D("2025年9月26日", "2025-09-26"),               # 截止日期:2025年9月26日17:00: 截止日期 is a label before it; 17:00 a time
    D("9月15日", "--09-15"),                        # (截至9月15日): 截至 outside
    # the table: 七年级/八年级/九年级 (grades 7–9): 七年 + 级 is a grade's name, no duration of 7 years; 七年级1班 … 九年级1班: grade and class names (班 is no classifier), nothing
    C("52人", 52, "person"), C("47人", 47, "person"), P("90.4%", 0.904),    # 47/52
    C("51人", 51, "person"), C("45人", 45, "person"), P("88.2%", 0.882),    # 45/51
    C("49人", 49, "person"), C("49人", 49, "person"), P("100%", 1),
    C("50人", 50, "person"), C("42人", 42, "person"), P("84%", 0.84),       # 42/50
    # 学号20250731: a student number shaped like a date (an ID, set 15 call 3): nothing
    D("9月10日", "--09-10"),
    M("400元", 400),
    PH("0737-4212856"),                             # 政教处 刘老师
    R("赫山区", HS, in_org=True),                   # 赫山区医保局
    PH("0737-4228017"),
    PH("12393"),
    m("phone", "12366", "12366", kind="service"),   # 纳税缴费服务热线 (set 18 call 1)
    PH("95519"),                                    # 学平险报案电话: an insurer's 95xxx number
    R("赫山区", HS, in_org=True),                   # signature: 赫山区清溪中学
    D("2025年9月5日", "2025-09-05"),
]
