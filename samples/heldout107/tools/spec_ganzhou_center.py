from gold_lib import *

GZ, JX, ZG, NK = "360700", "360000", "360702", "360703"   # 赣州市, 江西省, 章贡区, 南康区
SPEC = [
    R("赣州市", GZ, in_org=True),                   # 赣州市人民医院日间手术中心简介
    D("2025-04-18", "2025-04-18"),                  # 更新时间
    # 浏览次数:3762: a counter, nothing
    R("赣州市", GZ, in_org=True),                   # 赣州市人民医院
    D("2021年9月", "2021-09"),
    # 门诊楼5楼: a floor number
    C("32张", 32, "piece"),                         # 床位32张
    # 手术间4间: 间 is not a classifier of the list, nothing
    C("8个", 8, "item"),
    C("76种", 76, "kind"),
    T("24小时", 24, "hour"),                        # “24小时内入出院”
    # 需延长观察: 延长 is a verb, not 延长县 (陕西)
    T("不超过48小时", 48, "hour", qualifier="max"),
    # 1. … 5.: list numbers
    T("7天", 7, "day"),                             # 检查结果7天内有效
    # 5楼: a floor
    PH("0797-8283615"),
    R("赣州市", GZ, in_org=True),                   # “赣州市人民医院”微信公众号
    # 7:30: a time of day
    # 第7天门诊: 天门 straddles two words, not 天门市 (湖北)
    # 术后第1天、第3天、第7天: ordinals (the first/third/seventh day after the operation), nothing (call 2)
    R("江西省", JX),                                # 江西省内 (内 is not part of it)
    R("章贡区", ZG),
    R("南康区", NK),
    R("赣州市", GZ),                                # 赣州市各县(市、区): plain
    # 三级医院: a level
    M("700元", 700), M("350元", 350),
    D("2024年", "2024"),
    C("5862台次", 5862, "piece"),                   # 台次 → piece (set 4 call 2)
    P("18.6%", 0.186),                              # a share (占…的): a percent like a rate
    M("约6300元", 6300, qualifier="approx"),
    P("约27%", 0.27, qualifier="approx"),
    # 8:00-12:00, 14:30-17:30, 7:30-18:00: times of day
    T("24小时", 24, "hour"),                        # 护士站24小时有人值守
    # 手术前一天: lone 一; 晚上10点: a time of day
    T("6小时", 6, "hour"),                          # 术前6小时禁饮
    T("70岁以上", 70, "year", age=True, qualifier="min"),
    C("1名", 1, "person"),                          # digit 1 is not a lone 一
    T("24小时", 24, "hour"),                        # 出院后24小时内
    PH("0797-8283620"),
    PH("120"),
    R("江西省赣州市章贡区", ZG),                    # address chain; 红旗大道17号: road and number, nothing (红旗 is no place here, not 红旗区 of 新乡)
    # 赣ICP备13002731号: a registration number (赣: one character)
]
