from gold_lib import *

NC, QSH = "360100", "360111"                        # 南昌市, 青山湖区
SPEC = [
    R("南昌市", NC, in_org=True),                   # 南昌市医疗保障局关于…的通知 (no 《》: the issuer's name)
    # 洪医保发〔2025〕7号: a document number; 洪: one-character abbreviation; 各县(区): no place
    # 一、二、 (一)(二)(三): section numbers; 第三人 (third party): an ordinal, no count
    T("90天", 90, "day"),                           # 出院之日起90天内
    R("南昌市", NC, in_org=True),                   # 南昌市公安局交通管理局
    # 公安局: 公安 is a word, not 公安县
    # 洪公交认字〔2025〕第360112号: an accident report number, no phone, no date (call 3)
    D("2025年2月14日", "2025-02-14"),               # 14时30分: a time of day, nothing (call 4)
    # 李某: a person
    # 赣A·7K315, 赣M·3F826: vehicle plates, nothing (call 3)
    R("青山湖区", QSH),                             # 在青山湖区南京东路: 南京 is part of a road name, no place
    T("20个工作日", 20, "workday"),
    P("85%", 0.85),                                 # 三级医院 / 二级医院: hospital grades
    P("90%", 0.9),
    # 《先行支付承诺书》: no number
    T("10日", 10, "day"),                           # 在10日内退还
    D("2024年", "2024"),
    C("138件", 138, "item"),
    M("612.4万元", 6124000),
    P("约45%", 0.45, qualifier="approx"),
    # 1. 2. 3.: list numbers
    M("不超过15万元", 150000, qualifier="max"),
    D("2025年5月1日起", "2025-05-01", qualifier="from"),
    T("5年", 5, "year"),                            # 有效期5年
    PH("0791-83886510"),
    R("南昌市", NC, in_org=True),                   # signature 南昌市医疗保障局
    D("2025年4月10日", "2025-04-10"),
]
