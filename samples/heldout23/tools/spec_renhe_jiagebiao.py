from gold_lib import *

XH = "330106"                                       # 西湖区 (杭州市); also a district name of 南昌市
SPEC = [
    R("杭州市西湖区", XH, in_org=True),            # 杭州市西湖区仁和中医诊所: a chain in the clinic's name;
                                                   # 仁和 (仁和区 is in 攀枝花) is part of the clinic's name, no place
    D("2025年10月1日起", "2025-10-01", qualifier="from"),
    # 浙医保发〔2024〕26号: a document number (浙: one-character abbreviation)
    # 医保定点 (保定), 按规定结算 (定结): no places
    # 周一至周五 8:00-20:00, 周六、周日 8:30-17:30: weekdays and times of day, nothing
    # 一、 二、 三、 四、: list numbers
    M("10元/次", 10, period="time"),               # /次 is 每次 (set 6 call 1)
    M("25元/次", 25, period="time"),
    M("35元/次", 35, period="time"),               # 副主任医师: a title, nothing
    M("30元/次", 30, period="time"),
    M("20元", 20),                                 # 20元/项: 项 is a classifier, no period; /项 outside (set 6 call 1)
    M("60元/次", 60, period="time"),
    M("5元", 5),                                   # 每罐5元: 每 + a classifier (罐) is no period
    M("40元/次", 40, period="time"),
    M("15元", 15),                                 # 15元/项
    M("12元/次", 12, period="time"),
    M("8元", 8),                                   # 8元/小时: 小时 is no period word of the guidelines (set 10)
    M("18元", 18),                                 # 18元/项
    M("6元", 6),                                   # 6元/项
    M("2元", 2),                                   # 每剂2元: 每 + a classifier
    R("西湖区", XH),                               # (西湖区内): after 杭州市 above, 杭州's district; no org
    M("10元/次", 10, period="time"),
    M("200元", 200),                               # 满200元免费: 满 is no qualifier
    # 1. 2. 3. 4.: list numbers
    T("65周岁", 65, "year", age=True),             # 年满65周岁的老人
    P("8折", 0.8),                                 # a discount: the share paid (guidelines: 五折 → 0.5)
    P("九折", 0.9),
    C("10次以上", 10, "time", qualifier="min"),     # 连续10次以上
    P("八五折", 0.85),                             # a two-digit discount (set 11 call 3: 九五折 → 0.95)
    PH("0571-87654321"),                           # 转806: an extension, outside (set 3 call 7)
    PH("139 6711 2345"),
    R("西湖区", XH, in_org=True),                  # 西湖区医疗保障局
    PH("12345"),
]
