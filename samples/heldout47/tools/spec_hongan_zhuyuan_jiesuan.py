from gold_lib import *

HB, HG, HA = "420000", "421100", "421122"          # 湖北省, 黄冈市, 红安县
SPEC = [
    R("红安县", HA, in_org=True),                   # 红安县人民医院 (the issuing hospital, first line)
    R("湖北省", HB),                                # 湖北省医疗保障基金结算单(住院): a place before a form's title (a topic)
    D("2025-03-14", "2025-03-14"),                  # 打印时间: 10:26:41 is a time, nothing
    # 第1页/共1页: page numbers (第1页 an ordinal, 页 no classifier), nothing
    # 结算流水号 4211222025031400087, 住院号 ZY25030402, 医保结算ID H42112200031: IDs, nothing
    T("67岁", 67, "year", age=True),
    # 证件号码 421122195803******: a masked ID number (its 1958/03 is no date), nothing
    R("湖北省黄冈市红安县", HA),                    # 参保地: a chain → the county, plain
    R("黄冈市红安县", HA),                          # 就医地
    # 床号:23: a bed number; 二级甲等: a hospital grade, nothing
    D("2025-03-04", "2025-03-04"),                  # 入院日期; 09:12 a time
    D("2025-03-13", "2025-03-13"),                  # 出院日期 (labels between: two dates, no range); 15:40 a time
    T("9天", 9, "day"),                             # 住院天数:9天
    # 一、费用汇总 … 金额(元): the unit is in the column header, so the bare cells 18,642.30 9,870.20 7,415.60
    # 1,356.50 741.56 16,544.24 are no money (set 3 call 5, set 17 call 5)
    P("10%", 0.1),                                  # 乙类先行自付(10%)
    # 二、基金支付 block: each cell writes 元, so each is money; `--` cells are empty
    M("500.00元", 500),                             # 起付标准
    M("10,428.76元", 10428.76), P("65%", 0.65),     # 统筹基金支付 / 比例
    M("0.00元", 0),                                 # 大病保险支付 0.00元: an amount with its unit, value 0 (call 2)
    M("1,299.93元", 1299.93), P("70%", 0.7),        # 医疗救助支付 / 比例
    M("0.00元", 0),                                 # 倾斜救助
    M("11,728.69元", 11728.69),                     # 基金支付合计 (合计 is no qualifier)
    M("5,557.11元", 5557.11),                       # 个人自付
    M("1,356.50元", 1356.5),                        # 个人自费
    M("6,913.61元", 6913.61),                       # 个人现金支付
    M("0.00元", 0),                                 # 个人账户支付
    # 四、说明 1.-5.: list numbers
    R("黄冈市", HG, in_title=True),                 # 《黄冈市城乡居民基本医疗保险实施办法》
    # 二级医院: a grade
    P("65%", 0.65),                                 # 按65%支付
    # 本年度第1次住院: an ordinal (第…次), nothing
    M("15万元", 150000),                            # 年度最高支付限额15万元: 最高 does not touch
    M("15000元", 15000),                            # 大病保险起付线15000元
    M("超过5000元", 5000, qualifier="min"),         # 超过 is on the shared list and touches
    P("70%", 0.7),                                  # 按70%比例救助
    M("不超过3万元", 30000, qualifier="max"),       # 累计不超过3万元 (累计 outside, as in the guidelines)
    T("30日", 30, "day"),                           # 出院后30日内: 内 is not a qualifier
    R("红安县", HA, in_org=True),                   # 红安县医疗保障服务中心
    # 城关镇 (a town), 陵园大道88号 (a road and a house number): nothing
    D("2025年3月31日前", "2025-03-31", qualifier="until"),
    PH("0713-5241386"),
    PH("12393"),
    # 一式三联, 第一联, 第二联: 联 is no classifier; 第一/第二 ordinals; nothing
    D("2025年3月14日", "2025-03-14"),               # 结算日期
]
