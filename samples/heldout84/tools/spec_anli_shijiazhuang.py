from gold_lib import *

SJZ, YH, CA = "130100", "130108", "130102"          # 石家庄市, 裕华区, 长安区 (石家庄's, not 西安's)
SPEC = [
    R("石家庄", SJZ),                               # 石家庄某物流公司: anonymised (某), plain
    R("石家庄市", SJZ, in_org=True),                # 石家庄市中级人民法院 (a court)
    D("2025-06-20", "2025-06-20"),
    D("2021年8月", "2021-08"),
    R("石家庄", SJZ),                               # 石家庄某物流有限公司: 某, plain
    M("5,200元", 5200),                             # 月工资5,200元: 月 is part of a noun, no period
    D("2023年11月7日", "2023-11-07"),               # 上午10时20分: a time of day, nothing (call 4)
    R("裕华区", YH),
    T("42天", 42, "day"),
    M("86,430.50元", 86430.5),
    D("2024年1月", "2024-01"),
    R("石家庄市", SJZ, in_org=True),                # 石家庄市人力资源和社会保障局 (资源: a word, not 资源县)
    # 冀石人社工认〔2024〕0125号: a decision number, nothing
    D("4月", "--04"),                               # 同年4月: 同年 outside (set 74), yearless month
    R("石家庄市", SJZ, in_org=True),                # 石家庄市劳动能力鉴定委员会
    # 伤残九级: a grade, nothing (set 74 call)
    R("石家庄市长安区", CA, in_org=True),           # 石家庄市长安区人民法院
    # 1. - 5.: list numbers
    # 一次性伤残补助金 / 一次性工伤医疗补助金 / 一次性伤残就业补助金: lone 一 (一次性), nothing
    M("86,430.50元", 86430.5),
    M("每天50元", 50, period="day"),
    M("2,100元", 2100),
    T("6个月", 6, "month"),
    M("31,200元", 31200),
    T("9个月", 9, "month"),                         # 9个月×5,200元=46,800元: as set 74's 9个月×4,800元 (call 2)
    M("5,200元", 5200),
    M("46,800元", 46800),
    # 一次性: lone 一
    M("约5.6万元", 56000, qualifier="approx"),
    M("约22.9万元", 229000, qualifier="approx"),
    # 一审 / 二审: instances, no counts
    D("2025年3月12日", "2025-03-12"),
    T("不超过12个月", 12, "month", qualifier="max"),  # 停工留薪期一般不超过12个月
    # 适当延长, 但延长: a verb, not a place
    T("12个月", 12, "month"),                       # 延长不得超过12个月: 不得 negates 超过; no qualifier (call 5)
    T("8个月", 8, "month"),
    D("2024年", "2024"),
    C("312件", 312, "item"),
    P("近四成", 0.4, qualifier="approx"),
    PH("0311-86087315"),
]
