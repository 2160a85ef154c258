from gold_lib import *

HZ, XH, ZJ, TJ = "330100", "330106", "330000", "120000"   # 杭州市, 西湖区 (杭州), 浙江省, 天津市
SPEC = [
    # 京东健康 (a platform's name: 京东 is no division); breadcrumb words nothing
    # 0.3g×24粒/盒: a pack specification, nothing (set 8 call 1)
    # 商品编号:100021873456: a product code, nothing
    R("杭州", HZ, in_org=True),                     # 杭州九州大药房旗舰店: a shop's name
    # (医保定点): 保定 straddles 医保|定点, no place
    M("¥23.50", 23.5),                              # 到手价 ¥23.50: 到手价 is a label (set 57 call 10), ¥ the unit before the number
    M("¥29.80", 29.8),                              # 原价 is a label, no qualifier
    M("¥0.00", 0),                                  # a zero with its unit is a value (set 47 call 2)
    # 满99减10: no currency unit on either number: nothing (call 1)
    M("5元", 5),                                    # 优惠券5元
    M("39元", 39),                                  # 满39元可用: 满 is not on the qualifier list
    # 第2件: an ordinal, nothing
    P("8折", 0.8),                                  # 第2件8折: a discount, the share paid (set 23 call 6)
    D("2025年3月31日", "2025-03-31"),               # 促销截止:2025年3月31日 23:59: 截止 before the date, 23:59 a time
    # 月销1000+: no classifier, + is no unit (call 2)
    C("5万件", 50000, "item"),                      # 已售5万件 (call 2)
    P("98%", 0.98),                                 # 好评率98%: a percentage of good reviews is a percent (set 28)
    # 累计评价2.3万+: no classifier, nothing (call 2)
    # 规格:0.3g×24粒 0.3g×20粒: specifications, nothing
    R("杭州市西湖区", XH),                          # an address chain; 文三路 a road
    R("杭州", HZ),                                  # 杭州主城区: a place before a topic (like 抚顺市主城区), plain; 城区 (汕尾's county) is part of 主城区, nothing
    T("30分钟", 30, "minute"),                      # 预计30分钟送达: a delivery duration
    R("浙江省", ZJ),                                # 浙江省内: 省内 is not part of the name
    T("1-3天", (1, 3), "day"),
    M("¥3", 3),                                     # 配送费¥3
    M("49元", 49),                                  # 满49元免配送费
    # 1. 2. 3. 4. 5.: list numbers
    R("浙江省", ZJ),                                # 浙江省医保参保人: a place before a programme
    R("杭州市", HZ),                                # 杭州市职工医保
    M("最高500元", 500, qualifier="max"),           # 单笔最高500元
    C("5盒", 5, "piece"),                           # 每人每月限购5盒: a count (set 28 call 4); no period for counts
    T("3天", 3, "day"),                             # 处方有效期3天
    T("7个工作日", 7, "workday"),                   # 7个工作日内: 内 is not a qualifier
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    R("杭州市", HZ),
    C("1268家", 1268, "institution"),
    P("35%", 0.35),                                 # 约占…的35%: 约 does not touch
    # 国药准字H10900089: an approval number, nothing (set 57 call 1)
    D("2024年11月", "2024-11"),                     # 生产日期
    D("2027年10月", "2027-10"),                     # 有效期至:2027年10月: 至 is a label's word, no range
    T("36个月", 36, "month"),                       # 有效期:36个月
    R("天津", TJ, in_org=True),                     # 中美天津史克制药有限公司
    # 一次1粒: 一次 is a lone determiner
    C("1粒", 1, "piece"),                           # a dosage is a count (set 29 call 5)
    # 一日2次: 一日 lone 一
    C("2次", 2, "time"),
    # 早晚各一次: lone 一
    T("12岁以下", 12, "year", age=True, qualifier="max"),
    PH("0571-87654321"),
    # (9:00-21:00): times of day
    # 用户评价(2.3万+): no classifier, nothing
    R("杭州", HZ, in_org=True),                     # 杭州小周: a screen name (@青州小刘)
    D("2025-03-02", "2025-03-02"),
    T("28分钟", 28, "minute"),
    M("23.5元", 23.5),
    M("6块", 6),                                    # 便宜了6块
    # j***7: a masked user name
    D("2025-02-27", "2025-02-27"),
    D("2024年11月", "2024-11"),
    # 第二件: an ordinal
]
