from gold_lib import *

LY, JX = "410300", "410305"                       # 洛阳市, 涧西区
SPEC = [
    R("洛阳市", LY, in_org=True),                  # 洛阳市第三人民医院 (第三: an ordinal in the name; 三人 inside it: no count)
    # 首页 > 患者服务 > 住院指南: breadcrumb
    D("2025-03-12", "2025-03-12"),                 # 更新时间
    # 一、…五、 and 1. 2. 3.: list numbers; 门诊楼一楼: a floor
    M("5000元", 5000),                             # 住院押金5000元
    M("10000元", 10000),
    T("24小时", 24, "hour"),                       # 入院后24小时内: 内 outside
    T("3日", 3, "day"),                            # 入院后3日内
    M("45元/床日", 45, period="day"),              # maintainer: a bed fee per bed-day is daily (guidelines, money)
    M("80元/床日", 80, period="day"),
    M("150元/床日", 150, period="day"),
    M("每日5元", 5, period="day"),                 # 空调费每日5元
    M("2000元", 2000),                             # 不足2000元: 不足 is not on the shared list
    # 每位患者: lone 每位, no number
    C("1名", 1, "person"),                         # 限1名陪护人员
    M("每日15元", 15, period="day"),               # 陪护床租用费每日15元
    # 每日15:00-17:00: times of day (每日 touches no amount: nothing)
    C("不超过2人", 2, "person", qualifier="max"),  # 每次探视不超过2人 (每次 before a qualifier: no period for counts)
    T("14周岁以下", 14, "year", age=True, qualifier="max"),
    # 1号至6号窗口, 7号窗口: window numbers; 周一至周日: weekdays; 8:00-17:30: times
    T("24小时", 24, "hour"),                       # 24小时开放
    T("15个工作日", 15, "workday"),                # 出院后15个工作日内
    D("2024年", "2024"),                           # 2024年全年
    C("约4.6万人次", 46000, "person", qualifier="approx"),
    P("98.7%", 0.987),
    # 五、: 三级医院 a grade
    M("800元", 800),
    P("85%", 0.85),
    M("1000元", 1000),
    P("65%", 0.65),
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    P("5个百分点", 0.05, points=True),
    T("6个月", 6, "month"),                        # 备案有效期为6个月
    P("10个百分点", 0.1, points=True),
    T("80周岁以上", 80, "year", age=True, qualifier="min"),
    C("2名", 2, "person"),
    T("超过30天", 30, "day", qualifier="min"),
    M("0.5元", 0.5),                               # 每页0.5元: 每 + a classifier (页) is no period
    T("不超过7天", 7, "day", qualifier="max"),     # 不超过7天用量
    PH("0379-62558000", "洛阳市"),                 # 总机
    PH("0379-62558000", "洛阳市"),                 # 入院服务中心 …; 分机 8101: an extension, no phone (set 21 call 5)
    PH("0379-62558000", "洛阳市"),                 # 医保办 …; 分机 8120
    # 心内科护士站:分机 8236; 骨科护士站:分机 8258: extensions alone, no phones
    PH("0379-62558011", "洛阳市"),                 # 投诉电话
    R("洛阳市涧西区", JX),                         # 本院地址: an address chain, plain
    # 建设路88号: road and house number; 邮编:471003: a postcode
]
