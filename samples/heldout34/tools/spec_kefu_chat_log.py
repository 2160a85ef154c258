from gold_lib import *

ZJ, GZ = "440800", "440100"                         # 湛江市, 广州市
SPEC = [
    # 会话ID:CS20251125-0087342: an ID (set 28 call 1), no date, no phone
    # 用户昵称:海边的小王: a nickname without a place
    D("2025-11-25", "2025-11-25"),                  # 开始时间 2025-11-25 10:02:11: the time is nothing
    # [10:02:11] … : turn timestamps are times of day, nothing (every turn)
    # 订单号 ZHB202511180045217: an order number, no date (no 年, not an ISO form) and no phone
    # 工号3107: a staff number, no unit (every turn)
    PH("13727591836"),                              # the user types the mobile he registered with
    D("2025年11月18日", "2025-11-18"),
    C("2人", 2, "person"),                          # 为本人和父亲2人投保
    M("118元", 118),
    # 支付单号4200002871202511186637491520: a payment transaction number (28 digits), no phone, no date
    T("24小时", 24, "hour"),                        # 24小时内: 内 outside
    # 保单号 GDZJ2026000183265: a policy number, nothing
    T("73岁", 73, "year", age=True),                # 我爸今年73岁: 今年 outside
    R("廉江市", "440881", in_org=True),             # 廉江市人民医院 (a hospital's name); 前年: no number
    C("5类", 5, "kind"),
    P("80%", 0.8),
    P("70%", 0.7),
    # 下个月: no number
    T("30天", 30, "day"),                           # 首次投保的等待期为30天
    D("2026年1月1日前", "2026-01-01", qualifier="until"),
    D("2026年1月1日", "2026-01-01"),                # 统一于2026年1月1日生效: 于 before, 生效 after, no qualifier
    # 明年做吧: no number
    R("吴川市", "440883"),                          # 她在吴川市上班
    R("吴川", "440883"),                            # 医保是在吴川交的: the short name, plain
    R("吴川市", "440883"),                          # 吴川市属于湛江市
    R("湛江市", ZJ),
    M("59元/人/年", 59, period="year"),
    D("2026年1月31日", "2026-01-31"),               # 投保截止到2026年1月31日: 截止到 before the date is a preposition (set 9 call 4)
    # 多买了一单: lone 一, 单 no classifier; 退款单号RF8827361004: nothing
    M("59元", 59),                                  # 退款59元
    D("2025年11月20日", "2025-11-20"),              # 已于2025年11月20日原路退回
    T("1-3个工作日", (1, 3), "workday"),
    PH("400-606-0759"),
    R("湛江", ZJ, in_org=True),                     # 湛江分公司 (the insurer's branch)
    PH("0759-3386210"),
    R("霞山区", "440803"),                          # an address: plain; 人民大道南48号: road and house number
    PH("0759-3386210"),                             # the user repeats the number
    # 工作日8:30-17:30: times of day
    # 工单GD-20251125-0312: a work-order ID (set 5 call 11), no date: 20251125 has no separators
    T("2个工作日", 2, "workday"),                   # 2个工作日内
    # 137****1836: a masked number, no phone (set 5 call 11)
    R("雷州", "440882"),                            # 户口是雷州的: the short name, plain
    R("广州", GZ),                                  # 人在广州
    R("湛江市", ZJ),                                # 湛江市基本医保参保人: a programme, plain
    R("广州", GZ),                                  # 在广州参保
    R("广州", GZ),                                  # 广州当地的惠民保产品: a place before a topic, plain; 惠民 in 惠民保: part of a word
    # 5星 (×2): 星 is no classifier, nothing
    T("10分钟", 10, "minute"),                      # 会话时长10分钟
    T("45秒", 45, "second"),                        # 排队用时45秒
]
