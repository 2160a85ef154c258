from gold_lib import *

CD, WH, JJ = "510100", "510107", "510104"           # 成都市, 武侯区, 锦江区 (成都)
SPEC = [
    # 美团买药: a platform's name; 订单号:20250305142231008866: an order number with a date and a time
    # inside, nothing (an ID; set 5 call 11)
    D("2025-03-05", "2025-03-05"),                  # 下单时间; 14:22:31 a time
    D("2025-03-05", "2025-03-05"),                  # 支付时间; 14:23:02 a time
    # 预计送达:15:00前: a time of day with 前, nothing
    T("30分钟", 30, "minute"),                      # 预计30分钟送达
    D("2025-03-05", "2025-03-05"),                  # 实际送达; 14:49 a time
    R("成都", CD, in_org=True),                     # 老百姓大药房(成都武侯祠店): a branch name (set 47 call 9);
                                                    # 武侯 is part of 武侯祠 (a temple's name), nothing
    # 医保定点药店: 保定 straddles 医保|定点, no place
    R("成都市武侯区", WH),                          # address chain; 武侯祠大街256号 a street (武侯 inside a longer name) and a house number
    PH("028-85551234"),
    # 张女士 138****5678: a masked mobile, no phone (set 5 call 11)
    R("四川省成都市锦江区", JJ),                    # address chain; 春熙路街道 a street, 3栋2单元 nothing
    # 1. 2. 3.: list numbers; 阿莫西林: 西林 is part of a drug's name; 0.25g×24粒: a specification
    C("2盒", 2, "piece"),                           # 数量:2盒: boxes bought (set 22 call 5)
    M("¥15.80", 15.8),                              # 单价 is a label
    M("¥31.60", 31.6),
    # 0.35g×36粒: a specification
    C("1盒", 1, "piece"),                           # digit 1 is no lone 一
    M("¥26.90", 26.9),
    M("¥26.90", 26.9),
    # 10只/包, 3包: 只 and 包 are no classifiers of the list (set 57 call 2), nothing
    M("¥3.30", 3.3),
    M("¥9.90", 9.9),
    M("¥68.40", 68.4),
    M("¥3.00", 3),
    M("¥2.00", 2),
    M("-¥10.00", -10),                              # a minus sign right before an amount is part of it
    # (满60减10): no currency unit, nothing (call 1)
    M("-¥5.00", -5),
    M("¥58.40", 58.4),
    M("¥0.00", 0),                                  # 医保统筹支付:¥0.00
    M("¥53.40", 53.4),
    M("¥5.00", 5),
    P("约91%", 0.91, qualifier="approx"),
    # 医保结算单号:YB51010020250305008731: an ID with a division code and a date inside, nothing
    # 王师傅 186****2345: masked; 配送距离:2.3km: a quantity in another unit
    T("27分钟", 27, "minute"),                      # 用时27分钟
    # 1. 2. 3. 4.: list numbers
    T("24小时", 24, "hour"),                        # 签收后24小时内: 内 not a qualifier
    T("7个工作日", 7, "workday"),
    T("1-3个工作日", (1, 3), "workday"),
    T("7天", 7, "day"),
    # 积分58分: a score, nothing
    D("2025年12月31日", "2025-12-31"),              # 有效期至2025年12月31日
    PH("400-812-3456"),
    # (每天9:00-21:00): times
]
