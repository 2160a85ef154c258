from gold_lib import *

JN, LX, SD = "370100", "370102", "370000"   # 济南市, 历下区, 山东省
SPEC = [
    R("历下区", LX, in_org=True),                # 历下区疾控中心 (an office written short)
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    R("山东省", SD, in_org=True),                # 山东省疾病预防控制中心
    D("2025年12月31日", "2025-12-31"),           # 即日起至2025年12月31日: 即日起 is no date, 至 a preposition: a single date (set 1 call 15)
    R("济南市历下区", LX),                       # 济南市历下区各社区卫生服务中心: 各 names no one body (like 某, 多家): plain
    T("60周岁及以上", 60, "year", age=True, qualifier="min"),   # 年满: 满 is not on the list; 及以上 is
    R("历下区", LX),                             # 历下区常住居民
    R("济南市", JN),                             # 济南市居住证: a topic
    T("50岁以上", 50, "year", age=True, qualifier="min", _nb=True),   # `2.50岁以上`: 2. is the list number
    T("14天", 14, "day", _nb=True),              # `3.14天内`: 3. is the list number, not 3.14天; 内 is not a qualifier
    # (CHO细胞); 2剂 / 1剂: 剂 is not a classifier of the guidelines (call 4); 第2剂 / 第1剂: ordinals
    T("2个月", 2, "month"),                      # 间隔2个月
    T("不超过6个月", 6, "month", qualifier="max"),   # 最长不超过6个月: 不超过 touches (最长 is not on the list)
    M("1598元", 1598),                           # 每剂次1598元: 每 + 剂次 is no period (set 19: 每剂次 五元; set 23: 每剂2元)
    # `2.23价`: 23价 (valency), nothing; 1剂: nothing
    M("329元", 329),                             # 每剂次329元
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    M("100元", 100),                             # 每人100元: 每 + classifier
    # 四价: nothing
    M("128元", 128),
    T("28天", 28, "day"),                        # 第2剂间隔28天: 第2剂 an ordinal dose
    M("20元", 20),                               # 接种服务费每剂次20元
    R("山东省", SD),                             # 山东省物价标准: a topic
    # 三、: no entities in 医保支付 (个人账户, 门诊统筹)
    R("济南", JN, in_org=True),                  # “健康济南”微信公众号: an account
    R("历下区", LX, in_org=True),                # 历下区疾控中心
    PH("0531-86921133"),
    # 泉城路社区卫生服务中心: 泉城 (Jinan's nickname) and 泉城路 no place
    PH("0531-86052216"),
    # (如周二上午8:00-9:00): a weekday and times
    C("30人", 30, "person"),                     # 每个时段限30人: 每个时段 is no period, 限 no qualifier
    # 按预约号顺序: appointment numbers, nothing
    T("15分钟", 15, "minute"),
    T("30分钟", 30, "minute"),
    # 五、 1.解放路社区卫生服务中心: named after the road (解放 is no place here)
    R("历下区", LX),                             # 历下区解放路112号3楼: address; 解放 (解放区, 焦作) is part of a road's name; 112号 house number, 3楼 floor; 周一至周五 8:00-11:30、13:30-16:30: weekdays, times
    R("历下区", LX),                             # 历下区和平路47号1楼: 和平 (和平区/和平县) is part of a road's name; 每周二、周四: weekdays
    # 燕山街道: a street office
    R("历下区", LX),                             # 历下区燕子山路2号
    DR("每月5日至20日", "---05", "---20", recurring="monthly"),
    D("11月20日", "--11-20"),                    # 截至11月20日: 截至 is a preposition
    # 4216剂次: 剂 stands between the number and 次 (剂次 is not a classifier of the guidelines), nothing
    C("约1800名", 1800, "person", qualifier="approx"),
    # 2剂全程接种: nothing; 去年: no date
    P("12个百分点", 0.12, points=True),
    PH("12345"),
    PH("0531-86921133"),
    R("历下区", LX, in_org=True),                # 历下区疾病预防控制中心 (signature)
    D("2025年11月24日", "2025-11-24"),
]
