from gold_lib import *

GZ, GD = "440100", "440000"                         # 广州市, 广东省
SPEC = [
    T("十年", 10, "year"),                          # 走过十年: a duration (no digits, so no year)
    R("广州", GZ),                                  # 广州血友病患者: a place before a topic
    D("2025-11-08", "2025-11-08"),                  # 10:26 a time; the main article's own date: no role
    # 羊城健康网: 羊城 is a nickname, not in the gazetteer
    D("11月8日", "--11-08"),                        # 11月8日上午
    R("广州", GZ, in_org=True),                     # 广州血友病关爱协会
    R("越秀区", "440104"),
    # 十周年: an anniversary (an ordinal), not 十周 weeks
    R("广州", GZ),
    R("佛山", "440600"),
    R("东莞", "441900"),
    R("韶关", "440200"),
    C("80余名", 80, "person", qualifier="min"),
    C("37人", 37, "person"),
    # 协会会长周建华: 建华 (a district of 齐齐哈尔) inside a person's name, nothing
    C("1,260名", 1260, "person"),
    # 全省: not a place
    C("21个", 21, "item"),                          # 21个地级市
    T("28岁", 28, "year", age=True),
    # A型血友病: a subtype; 62公斤: kilograms, nothing
    T("十年", 10, "year"),                          # 十年前: 前 is not a duration qualifier
    # 每次关节出血: no number; 一年 (lone 一)
    C("七八次", {"min": 7, "max": 8}, "time"),       # two neighbouring numerals: a range, no qualifier
    # 十几万元: 十几 is no number (a vague tens), nothing
    # 每支200IU: a dose, nothing
    M("一千多元", 1000, qualifier="min"),           # 一千 is not a lone 一; 多 → min
    D("2019年起", "2019", qualifier="from"),
    R("广州", GZ),                                  # 广州将…纳入: the city as an actor, plain
    P("85%", 0.85),
    M("3万元", 30000),                              # 从3万元提高到12万元: two amounts
    M("12万元", 120000),
    C("2次", 2, "time"),                            # 每周注射2次: a count has no period
    # 每次1000IU: a dose; 一年药费 (lone 一)
    M("约14万元", 140000, qualifier="approx"),
    M("2万多元", 20000, qualifier="min"),
    R("广州市", GZ, in_org=True),                   # 广州市妇女儿童医疗中心
    C("19例", 19, "case"),
    T("3岁", 3, "year", age=True),
    D("2024年", "2024"),
    M("约40万元", 400000, qualifier="approx"),
    M("6万元以内", 60000, qualifier="max"),
    # 中山大学附属第一医院: 中山 names 孙中山 here, not 中山市 (like 南华大学); 第一 an ordinal
    C("600余人次", 600, "person", qualifier="min"),
    P("约70%", 0.7, qualifier="approx"),
    # 近一半: 一半 is not a percent form of the guidelines, nothing
    C("18位", 18, "person"),
    M("3000元", 3000),                              # 每人发放救助金3000元: 每人 is no period
    R("广东省", GD, in_org=True),                   # 广东省血液中心
    # 合作协议: 合作 not a place
    C("不少于2次", 2, "time", qualifier="min"),
    PH("020-83642917"),
    # 9:30-17:00 times
]
