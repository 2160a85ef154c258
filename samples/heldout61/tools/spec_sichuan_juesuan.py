from gold_lib import *

SC, CD, MY, NC, YB, LZ, DZ = "510000", "510100", "510700", "511300", "511500", "510500", "511700"
SPEC = [
    R("四川省", SC, in_org=True),                   # 四川省医疗保障局 (title)
    D("2024年度", "2024"),
    D("2025-07-18", "2025-07-18"),                  # 发布时间; 10:30 a time
    R("四川省", SC, in_org=True),                   # 来源:四川省医疗保障局; 浏览次数:3186 a bare counter
    R("四川省", SC, in_org=True, in_title=True),    # 《四川省财政厅 …
    R("四川省", SC, in_org=True, in_title=True),    # … 四川省医疗保障局关于 …》
    D("2024年度", "2024"),                          # inside the 《title》: dates carry no in_title
    D("2024年度", "2024"),
    # 一、 二、 三、: list numbers
    D("2024年度", "2024"),
    M("1526.38亿元", 152638000000),
    P("5.6%", 0.056),                               # 比上年增长5.6%: 增长 is a verb, outside
    M("1398.72亿元", 139872000000),
    P("7.9%", 0.079),
    P("2.3个百分点", 0.023, points=True),
    M("127.66亿元", 12766000000),
    M("1684.15亿元", 168415000000),
    T("14.2个月", 14.2, "month"),                   # 可支付月数14.2个月
    T("0.6个月", 0.6, "month"),                     # 减少0.6个月
    # 表1: a table number
    D("2024年度", "2024"),
    # 金额单位:亿元: a unit in the header, no number; the cells below are bare numbers (no unit touches them)
    D("2023年", "2023"),                            # header 2023年决算数
    D("2024年", "2024"),                            # 2024年预算数
    D("2024年", "2024"),                            # 2024年决算数; 决算数为预算数的% / 比上年增减%: % with no number
    # rows 一、基金收入 … 四、年末滚存结余: every cell is a bare number (1445.20 … 101.1, 5.6, -14.3, 8.2): no mentions,
    # not even the % column (the % sign is in the header, not touching the cell)
    # 注:1. 2.: list numbers
    # (一)(二): list numbers
    M("912.47亿元", 91247000000),
    P("6.8%", 0.068),
    M("586.20亿元", 58620000000),
    M("326.27亿元", 32627000000),
    M("816.35亿元", 81635000000),
    P("8.4%", 0.084),
    M("1103.58亿元", 110358000000),
    T("17.5个月", 17.5, "month"),
    C("2186.4万人", 21864000, "person"),
    C("1564.2万人", 15642000, "person"),
    C("622.2万人", 6222000, "person"),
    # 2.51:1: a ratio, no unit
    M("每月100元", 100, period="month"),
    M("每年380元", 380, period="year"),             # 每人每年380元 (set 1 call 2)
    M("每年不低于670元", 670, period="year", qualifier="min"),
    M("613.91亿元", 61391000000),
    P("3.9%", 0.039),
    M("582.37亿元", 58237000000),
    P("7.2%", 0.072),
    P("0.8个百分点", 0.008, points=True),           # 下降0.8个百分点
    C("5823.6万人", 58236000, "person"),
    P("1.7%", 0.017),                               # 减少1.7%
    M("580.57亿元", 58057000000),
    T("9.3个月", 9.3, "month"),
    # 表2; 单位:万元、个月 (header units, no number); cells 1286540 … and 8.6 … bare
    R("成都市", CD), R("绵阳市", MY), R("南充市", NC),  # row heads: places, plain
    R("宜宾市", YB), R("泸州市", LZ), R("达州市", DZ),
    D("2024年1月1日起", "2024-01-01", qualifier="from"),   # 1.自2024年1月1日起: 1. a list number, 自 outside
    M("约96.4亿元", 9640000000, qualifier="approx"),
    M("3.62亿元", 362000000),
    C("4127家", 4127, "institution"),
    C("86家", 86, "institution"),
    C("386.2万人次", 3862000, "person"),
    P("72.4%", 0.724),
    R("四川省", SC, in_org=True),                   # 四川省审计厅
    PH("028-86132571"),
    E("scyb_cwc@example.gov.cn"),
]
