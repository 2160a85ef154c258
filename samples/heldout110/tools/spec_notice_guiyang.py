from gold_lib import *

GY, GZ = "520100", "520000"                         # 贵阳市, 贵州省
SPEC = [
    R("贵阳市", GY, in_org=True),                   # 贵阳市医疗保障局
    R("贵阳市", GY, in_org=True),                   # 贵阳市卫生健康局
    # 筑医保发〔2025〕9号: a document number (筑: a one-character abbreviation)
    # 各区(市、县): no places; MDR-TB: nothing
    D("2025年7月1日起", "2025-07-01", qualifier="from"),    # 自 … 起: 自 outside
    R("贵阳市", GY),                                # 参加贵阳市职工基本医疗保险: a place before a programme, plain
    R("贵阳市", GY, in_org=True),                   # 贵阳市公共卫生救治中心
    R("贵州省", GZ, in_org=True),                   # 贵州省胸科医院
    P("70%", 0.7),                                  # 由70%提高到80%: two percents
    P("80%", 0.8),
    P("85%", 0.85),
    P("90%", 0.9),
    M("每年5万元", 50000, period="year"),           # 每人每年5万元 (set 1 call 2)
    M("每年8万元", 80000, period="year"),
    T("18-20个月", (18, 20), "month"),              # 治疗周期 (call 2)
    # 二线, 乙类: nothing
    P("10%", 0.1),
    P("50%", 0.5),
    # 三级医院: a hospital level
    M("800元", 800),
    M("400元", 400),
    R("贵州", GZ, in_org=True),                     # "贵州医保"APP
    T("5个工作日", 5, "workday"),                   # 内 is not a qualifier
    T("2年", 2, "year"),
    T("30日", 30, "day"),                           # 期满前30日内
    R("南明区", "520102"),
    R("云岩区", "520103"),
    R("花溪区", "520111"),
    R("乌当区", "520112"),
    R("白云区", "520113"),                          # 贵阳's, not 广州's (context)
    R("观山湖区", "520115"),
    R("清镇市", "520181"),
    R("开阳县", "520121"),
    R("息烽县", "520122"),
    R("修文县", "520123"),
    D("2027年6月30日", "2027-06-30"),               # 有效期至: 至 a preposition, a single date
    PH("0851-85823617"),
    PH("12393"),
    R("贵阳市", GY, in_org=True),
    R("贵阳市", GY, in_org=True),
    D("2025年6月12日", "2025-06-12"),
]
