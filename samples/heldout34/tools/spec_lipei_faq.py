from gold_lib import *

ZJ, GD = "440800", "440000"                         # 湛江市, 广东省
SPEC = [
    # title 湛惠保2026理赔常见问题: 2026 without 年, nothing
    D("2026-02-10", "2026-02-10"),                  # 更新时间; 阅读:5862 a counter without unit
    # Q1 … Q11: question labels, no unit
    DR("2026年1月1日至2026年12月31日", "2026-01-01", "2026-12-31"),
    # 中华人民共和国: 共和 is no place
    R("香港", "810000"),
    R("澳门", "820000"),
    R("台湾", "710000"),                            # 台湾地区: 地区 after a place is not part of it
    # 二级及以上公立医院: a hospital level, nothing (及以上 qualifies no mention)
    # 责任一和责任二: labels
    M("2万元", 20000),
    M("超过2万元", 20000, qualifier="min"),
    # 特药责任不设免赔额: no amount
    D("2026年3月", "2026-03"),                      # 王某(健康人群)2026年3月住院
    M("25万元", 250000),
    M("15.2万元", 152000),
    M("6.8万元", 68000),
    M("3万元", 30000),
    M("6.8万元", 68000),                            # (6.8万元-2万元)×80%: two operands with their own unit,
    M("2万元", 20000),                              # an operator inside brackets, no range (set 32 call 1)
    P("80%", 0.8),
    M("3.84万元", 38400),
    M("3万元", 30000),
    P("70%", 0.7),
    M("2.1万元", 21000),
    M("5.94万元", 59400),
    M("约3.86万元", 38600, qualifier="approx"),     # 9.8万元 paid by the patient minus 5.94万元
    C("120种", 120, "kind"),
    P("75%", 0.75),
    P("35%", 0.35),
    T("7天", 7, "day"),                             # 处方开具后7天内: 内 outside
    T("30日", 30, "day"),                           # 购药后30日内
    # (1)…(5): list numbers
    M("超过1万元", 10000, qualifier="min"),         # 单张发票金额超过1万元: 单张 is no period
    T("10个工作日", 10, "workday"),
    T("3个工作日", 3, "workday"),
    D("2025年度", "2025"),
    T("6.2天", 6.2, "day"),                         # 平均结案用时为6.2天; 当天: no number
    R("湛江", ZJ, in_org=True),                     # 湛江中心人民医院
    R("广东", GD, in_org=True),                     # 广东医科大学附属医院
    R("湛江市", ZJ, in_org=True),                   # 湛江市第一中医医院: 第一 is part of the name (an ordinal)
    C("18家", 18, "institution"),                   # “一站式”: lone 一
    R("徐闻县", "440825"),                          # 去年在徐闻县住的院: plain; 去年/今年 no numbers
    T("2年", 2, "year"),                            # 出院之日起2年
    # 湛惠保2026, 湛惠保2025: product names without 年, nothing
    D("2026年1月1日以后", "2026-01-01", qualifier="from"),
    D("2025年", "2025"),                            # 2025年的住院费用
    R("徐闻县", "440825", in_org=True),             # 徐闻县医保服务大厅: a place + office (a facility, guidelines: 西宁客运中心站)
    # 第二年, 第3年起: ordinals (起 touches an ordinal, not a date or a duration)
    P("30%", 0.3),
    T("2年", 2, "year"),                            # 连续投保满2年: 满 outside
    P("10个百分点", 0.1, points=True),
    P("不超过50%", 0.5, qualifier="max"),           # drafted as 最高不超过50% (stacked) and rewritten
    # 外地: no place
    R("广东省", GD),                                # 广东省外: 外 outside (set 28 call 10)
    P("5个百分点", 0.05, points=True),
    P("60%", 0.6),
    PH("400-606-0759"),                             # 转2: an extension, outside (set 3 call 7)
    E("claim@zhanhuibao.example.com"),
    U("https://www.zhanhuibao.example.com/claim"),
    R("湛江市霞山区", "440803"),                    # an address; 人民大道南48号, 邮编524000: nothing
    PH("12345"),                                    # 12345政务服务便民热线
]
