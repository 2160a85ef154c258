from gold_lib import *

SN = "510900"                                       # 遂宁市
SPEC = [
    R("遂宁", SN, in_org=True),                     # 遂宁医保: the account's name alone on its line (session 10 rule, set 7)
    # 一图读懂: lone 一
    D("2026年度", "2026"),                          # 参保缴费指南(2026年度)
    R("遂宁市", SN, in_org=True),                   # 遂宁市医疗保障局
    R("遂宁市", SN, in_org=True),                   # 国家税务总局遂宁市税务局
    # 遂医保发〔2O25〕l6号: a document number; the OCR letters O (for 0) and l (for 1) are inside it, nothing either way
    # l、缴费时间: the list number 1 read as the letter l (OCR); 2、3、4、5、: list numbers
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    # 设置⏎3个月待遇等待期: the line break falls before the number, the duration is whole
    T("3个月", 3, "month"),
    # 每人每年⏎400元: a line break stands between the period word and the amount (set 11 call 4): no period
    M("400元", 400),
    M("每年不低于700元", 700, period="year", qualifier="min"),
    # 困 难群众: an OCR space inside an ordinary word; 全额或⏎定额: a break inside ordinary text
    M("200元", 200),                                # 每人⏎200元: the break again (and 每人 is no period)
    # ①②③④ → 1 2 3 4 after NFKC: list markers before a quote or a word
    R("四川", "510000", in_org=True),               # "四川税务"APP
    # "天府通办": no place (天府 is no unit)
    R("四川", "510000", in_org=True),               # "四川税务"小程序
    R("船山区", "510903"),                          # (船山区、安居区、射洪市、蓬溪县、大英县均可办理): plain places
    R("安居区", "510904"),
    R("射洪市", "510981"),
    R("蓬溪县", "510921"),
    R("大英县", "510923"),
    M("100元", 100),                                # 乡镇卫生院 100元|县级医院 400元|…: hospital levels are nothing; the
    M("400元", 400),                                # single OCR space between a label and a number is no part of anything
    M("600元", 600),
    P("85%", 0.85),                                 # 报销比例 85% | 75% | 60%: one percent per cell
    P("75%", 0.75),
    P("60%", 0.6),
    M("15万元", 150000),                            # 年度最高支付限额15万元: 最高 does not touch (支付限额 between)
    M("40万元", 400000),                            # 最高可再报40万元: 可再报 between
    T("4年", 4, "year"),                            # 满4年后: 满 is not on the list; 后 makes no qualifier on a duration (set 32 call 8)
    T("1年", 1, "year"),                            # 每多参保1年
    M("1万元", 10000),                              # 提高⏎1万元
    D("2025年度", "2025"),
    C("252.3 万人", 2523000, "person"),             # 252.3 万人: one OCR space between the number and its unit (set 21 call 1)
    P("95%以上", 0.95, qualifier="min"),
    D("2025年12月31日前", "2025-12-31", qualifier="until"),
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    # 工作日 9:OO-l2:00: a time range with OCR letters (O for 0, l for 1): a time of day, nothing either way
    PH("0825-2226789"),
    PH("12345"),                                    # 12345 / 12393: two service numbers
    PH("12393"),
    U("https://ybj.suining.example.gov.cn/jf2O26"), # the URL as written, with the OCR letter O in its path (value as written)
    R("遂宁市", SN, in_org=True),                   # signature: 遂宁市医疗保障局
    D("2025年8月", "2025-08"),
]
