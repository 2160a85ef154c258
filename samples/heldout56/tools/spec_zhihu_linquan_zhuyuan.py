from gold_lib import *

AH, FY, LQ = "340000", "341200", "341221"          # 安徽省, 阜阳市, 临泉县
SPEC = [
    # 关注者 1,286 · 被浏览 35万: counters with no unit, nothing
    # 颍河边的小周: a screen name; 颍河 is a river, no gazetteer name
    # 县城中学老师: 城中 (城中区, 柳州/西宁) is part of 县城 + 中学, no place
    D("2025-11-08", "2025-11-08"),                  # 编辑于
    R("安徽", AH),                                  # IP 属地 安徽: a province alone
    T("半年", 0.5, "year"),                         # 住了大半年: 大 is not on the shared list, the mention is 半年 (call 4)
    C("三回", 3, "time"),                           # 进出三回: 回 is a time classifier
    # 摔了一跤 (below), 一肚子: no classifiers of the list / lone 一
    # 一、二、三、四、: section numbers
    T("八十七岁", 87, "year", age=True),
    R("临泉县", LQ),                                # 临泉县农村户口: a place before a topic
    D("2024年度", "2024"),
    M("380元", 380),                                # 个人缴了380元: no period word
    D("3月", "--03"),                               # 去年3月: 去年 is no part of the date
    R("临泉县", LQ, in_org=True),                   # 临泉县人民医院
    # 住了十来天: 来 between the numeral and the unit, nothing (call 2)
    R("阜阳市", FY, in_org=True),                   # 阜阳市人民医院
    T("两三周", (2, 3), "week"),                    # neighbouring numerals: a range
    # 养了个把月: 个把 has no numeral, nothing (call 2)
    D("6月份", "--06"),
    # 住了二十几天: 几 is no number, nothing (call 1)
    # 1. 2. 3.: list numbers
    R("临泉县", LQ, in_org=True),                   # 1. 临泉县人民医院
    T("12天", 12, "day"),
    M("一万二千多块", 12000, qualifier="min"),      # 多 between the number and 块
    P("七成左右", 0.7, qualifier="approx"),
    M("三千六百块左右", 3600, qualifier="approx"),
    R("阜阳市", FY, in_org=True),                   # 2. 阜阳市人民医院
    T("19天", 19, "day"),
    M("6.8万元", 68000),
    M("两三万块", (20000, 30000)),                  # neighbouring numerals before 万块: a range
    M("约4.1万元", 41000, qualifier="approx"),
    M("五千多块", 5000, qualifier="min"),
    M("一万七八千块", (17000, 18000)),              # 一万 + 七八千: neighbouring numerals in the tail (call 6)
    # 3. 第二次: an ordinal; 住了二十几天: 几 (call 1)
    M("一两万块", (10000, 20000)),                  # 一两: neighbouring numerals, not a lone 一 (call 5)
    P("百分之六七十", {"min": 0.6, "max": 0.7}),    # 大概 is not on the shared list
    M("两万五千元上下", 25000, qualifier="approx"),   # 上下 is on the shared list
    # 花了好几万块: 好几 is no number, nothing (call 1)
    R("阜阳", FY),                                  # 阜阳那家医院: a place before a described (not named) hospital
    # 一个病房: lone 一
    C("三张", 3, "piece"),                          # 三张床: 张 is a piece classifier
    # 一屋子: no classifier
    C("七八个", {"min": 7, "max": 8}, "item"),   # 七八个人: a range; 个 gives item (call 7)
    T("六十五六岁", {"min": 65, "max": 66}, "year", age=True),   # neighbouring numerals in the tail (call 6)
    R("临泉", LQ),                                  # 也是临泉的: the county's short name
    # 村上千人参保: 上千 is a bare magnitude, no number (call 3)
    # 十几个人: 几 (call 1)
    C("七八个", {"min": 7, "max": 8}, "item"),
    C("近3000人", 3000, "person", qualifier="approx"),   # 近 is on the shared list and means "nearly" here
    T("五六天", {"min": 5, "max": 6}, "day"),       # 五六天一轮
    # 当天: no number
    P("10个百分点", 0.1, points=True),
    C("三个", 3, "item"),                           # 兄妹三个: a numeral and a classifier that touch
    T("三五天", {"min": 3, "max": 5}, "day"),       # 每人守三五天: 三五 is a pair (guidelines); 每人 is no period of a duration
    # 一天200块: 一天 is a lone 一, no period
    M("200块", 200),
    # 一个月下来: lone 一
    M("六千块", 6000),                              # 六千块出头: 出头 is not on the shared list (call 8)
    T("一两周", {"min": 1, "max": 2}, "week"),      # call 5
    PH("12345"),
    PH("0558-6612345"),
    # 8:00-12:00: times of day
    # 赞同 2.3万 · 评论 416: counters
]
