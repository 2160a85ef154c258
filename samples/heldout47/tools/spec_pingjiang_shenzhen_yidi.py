from gold_lib import *

HN, YY, PJ = "430000", "430600", "430626"          # 湖南省, 岳阳市, 平江县
GD, SZ, LH = "440000", "440300", "440303"          # 广东省, 深圳市, 罗湖区
SPEC = [
    # title and (国家医保跨省异地就医结算系统 打印件): no numbers, no places (跨省, 异地 are no places)
    R("深圳市", SZ, in_org=True),                   # 深圳市人民医院
    # 医疗机构编码 H44030300107: an ID; 三级甲等: a grade
    T("58周岁", 58, "year", age=True),
    # 个人编号 43062600000018827: an ID
    R("湖南省岳阳市平江县", PJ),                    # 参保地: chain → county, plain
    R("广东省深圳市罗湖区", LH),                    # 就医地: chain → district, plain
    # 就医地垫付、参保地清算: 就医地/参保地 are words, no places
    D("2024年11月20日", "2024-11-20"),              # 备案日期
    DR("2024年11月20日至2025年11月19日", "2024-11-20", "2025-11-19"),   # 备案有效期
    # 备案编号 BA4306262024112000315: an ID (it holds 430626 and 20241120: nothing)
    D("2025/02/17", "2025-02-17"),                  # 入院时间 (slash date, zero-padded)
    D("2025/02/28", "2025-02-28"),                  # 出院时间: labels between, two dates, no range
    T("11天", 11, "day"),
    # 就诊流水号 SZ20250217008263: an ID; 结算批次 2025-0228-17: a batch number, not a date (no form of the
    # guidelines: 2025-0228 is no ISO date), nothing (call 12)
    M("32,860.00元", 32860),
    M("2,115.00元", 2115),
    M("3,332.60元", 3332.6),
    M("27,412.40元", 27412.4),
    M("800元", 800),                                # 起付标准(执行参保地) 800元
    M("17,298.06元", 17298.06),
    P("65%", 0.65),
    M("868.16元", 868.16),
    M("0元", 0),                                    # 医疗救助支付 0元 (call 2)
    M("18,166.22元", 18166.22),
    M("14,693.78元", 14693.78),
    # 结算说明 1.-7.: list numbers
    R("湖南省岳阳市", YY),                          # 按湖南省岳阳市城乡居民医保政策: a chain → the city, a topic
    R("广东省", GD),                                # 按广东省目录执行
    R("深圳市", SZ),                                # 到深圳市定点医疗机构住院: plain
    P("10个百分点", 0.1, points=True),
    R("平江县", PJ, in_org=True),                   # 平江县人民医院
    T("6个月", 6, "month"),                         # 转诊备案有效期6个月
    M("1600元", 1600),                              # 提高至1600元: 提高至 is no qualifier
    P("20个百分点", 0.2, points=True),
    T("3个月", 3, "month"),                         # 3个月内: 内 is not a qualifier
    T("3个月", 3, "month"),                         # 备案满3个月后: like 30日后 → 30日; 满 not on the list
    # "湘医保"小程序: 湘 is a one-character abbreviation, nothing
    M("1.2万元", 12000),                            # 大病保险起付线
    P("60%", 0.6),
    M("最高40万元", 400000, qualifier="max"),       # 年度最高40万元: 最高 touches
    T("6个月", 6, "month"),                         # 出院之日起6个月内: 起 is before the number (a preposition here)
    R("平江县", PJ, in_org=True),                   # 平江县医疗保障事务中心
    PH("0730-6223817"),
    PH("0755-83947125"),
    U("https://fuwu.example.gov.cn/ydjy/query"),
    D("2025年2月28日", "2025-02-28"),               # 打印日期
    # 0417号窗口: a window number; 页码:1/1: a page number (no year: no date), nothing
]
