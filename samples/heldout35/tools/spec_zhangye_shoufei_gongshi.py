from gold_lib import *

ZY, GZ = "620700", "620702"                      # 张掖市, 甘州区
SPEC = [
    R("张掖市", ZY, in_org=True),                    # 张掖市人民医院医疗服务价格公示栏
    R("甘肃省张掖市甘州区", GZ),                      # a chain, at the county
    # 三级甲等: a hospital grade
    D("2025年4月1日", "2025-04-01"),
    D("2025年4月15日起", "2025-04-15", qualifier="from"),
    # 甘医保发〔2024〕112号, 张医保发〔2025〕7号: document numbers (张 a one-character abbreviation)
    M("10元/次", 10, period="time"),                 # /次 = 每次 (set 6 call 1)
    M("25元/次", 25, period="time"),
    P("10%", 0.1),                                  # 自付10%
    M("35元/次", 35, period="time"),
    P("10%", 0.1),
    M("60元/次", 60, period="time"),
    M("15元/次", 15, period="time"),
    # (22:00-次日8:00): times of day
    P("20%", 0.2),                                  # 加收20%
    M("18元/日", 18, period="day"),
    T("6周岁以下", 6, "year", age=True, qualifier="max"),
    P("30%", 0.3),
    T("70周岁以上", 70, "year", age=True, qualifier="min"),
    # a draft had 三人间普通病房 (三人 + 间: a room type, set 25 call 8): rewritten 普通病房
    M("30元/床日", 30, period="day"),                # guidelines: 32元/床日
    M("55元/床日", 55, period="day"),
    M("每床日120元", 120, period="day"),              # guidelines: 每床日60元
    M("260元/床日", 260, period="day"),
    M("100元/床日", 100, period="day"),              # 医保限额支付100元/床日: 限额 is not on the shared list
    M("每日10元", 10, period="day"),
    T("24小时", 24, "hour"),                        # 不满24小时: 不满 is not on the list
    T("半日", 0.5, "day"),                          # 按半日收取 (set 10 call 10)
    M("8元", 8),                                    # 8元/小时: no hour period in the guidelines (set 10 call 4)
    M("26元/日", 26, period="day"),
    M("16元/日", 16, period="day"),
    M("9元/日", 9, period="day"),
    # 计价单位 / 价格(元) columns: 项 20, 部位 160, 部位 480 are bare cells under a unit heading (set 3 call 5);
    # 1.5T: a field strength, nothing
    # (第一组): an ordinal
    M("12元", 12),                                  # 12元/组: /组 outside, no period (like /项, set 6 call 1)
    M("3元", 3),                                    # 每增加一组加收3元: lone 一 in 一组
    M("3元", 3),                                    # 3元/小时
    M("不超过40元", 40, qualifier="max"),             # 全天不超过40元 (a draft had 最高不超过: stack rewritten, call 6)
    M("6元", 6),                                    # 6元/小时
    M("25元/次", 25, period="time"),
    C("不超过5个", 5, "item", qualifier="max"),        # 每次不超过5个穴位 (set 32 call 7); 每次 is no part of a count
    M("1200元", 1200),                              # 1200元/例: /例 outside, no period (set 10)
    P("50%", 0.5),                                  # 双胎加收50%
    # 三级医院: a level
    M("800元", 800),
    P("85%", 0.85),
    M("1000元", 1000),
    P("70%", 0.7),
    # 同一自然年度: no number; 第二次及以上: an ordinal
    P("50%", 0.5),
    P("10%", 0.1),
    PH("0936-8215076"),
    # 8:00-12:00, 14:30-18:00: times of day
    PH("0936-8215093"),
    T("24小时", 24, "hour"),                        # 24小时服务热线
    PH("0936-8215120"),
    R("张掖市", ZY, in_org=True),                    # 张掖市医疗保障局价格举报
    PH("0936-8632150"),
    PH("12345"),
    PH("12393"),
    C("28项", 28, "item"),
    U("www.zyrmyy-example.cn"),
]
