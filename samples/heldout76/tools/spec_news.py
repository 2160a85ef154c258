from gold_lib import *

BJ, TZ = "110000", "110112"                       # 北京市, 通州区 (北京's, not 南通's)
SJZ, CA, QX, YH = "130100", "130102", "130104", "130108"   # 石家庄市, 长安区, 桥西区, 裕华区 (石家庄's)
JN, SD, LX = "370100", "370000", "370102"         # 济南市, 山东省, 历下区
DOCS = {
    "heldout76-news-1": [
        R("北京", BJ, in_org=True),                 # 北京中医药大学东直门医院 (title)
        R("通州", TZ, in_org=True),                 # …东直门医院通州院区: a campus in the hospital's name (call 5);
                                                    # 东直门 is no unit of the gazetteer
        D("2025-12-05", "2025-12-05"),              # 10:20: a time
        R("北京", BJ, in_org=True),                 # 北京日报客户端: a newspaper's app
        D("12月4日", "--12-04"),
        R("北京", BJ, in_org=True),
        R("通州", TZ, in_org=True),
        C("30张", 30, "piece"),                     # 床位30张: 张 is on the piece list
        C("8个", 8, "item"),
        # 一个疗程: lone 一
        T("5~7天", (5, 7), "day"),
        R("北京市", BJ, in_org=True),               # 北京市医保局
        M("650元", 650),                            # 降低为650元
        P("90%", 0.9),                              # 可达90%: 可达 is no qualifier
        # 一个月: lone 一
        C("126人次", 126, "person"),
        M("约3400元", 3400, qualifier="approx"),    # 次均费用约3400元: 次均 is no period word
        P("三成左右", 0.3, qualifier="approx"),
        PH("010-84013190"),
    ],
    "heldout76-news-2": [
        R("石家庄", SJZ),                           # title 石家庄:… plain
        T("65岁以上", 65, "year", age=True, qualifier="min"),
        D("2025-11-28", "2025-11-28"),
        R("石家庄", SJZ, in_org=True),              # 石家庄新闻网: a news site (set 1 call 7)
        D("2025年12月31日", "2025-12-31"),          # 即日起至…: 即日 has no number, 至 a preposition: no range
        R("石家庄市长安区", CA),                    # a chain
        R("桥西区", QX),                            # after 石家庄市长安区: 石家庄's 桥西区, not 张家口's
        R("裕华区", YH),
        C("8个", 8, "item"),                        # 8个县(市、区)
        T("65岁以上", 65, "year", age=True, qualifier="min"),
        C("1次", 1, "time"),                        # 每人每年1次: period words are for money only
        M("15元", 15),                              # 每人次补助标准为15元: 补助标准为 stands between 每人次 and the amount
        C("28.6万人", 286000, "person"),            # 今年: no number
        P("72.4%", 0.724),
        PH("0311-86039127"),
    ],
    "heldout76-news-3": [
        R("济南", JN),                              # title 济南:… plain; 冬至前后: a solar term, no date (call 1)
        P("三成", 0.3),                             # 门诊量增三成
        D("2025-12-22", "2025-12-22"),              # 08:05: a time
        R("济南", JN, in_org=True),                 # 济南时报
        # 昨天是冬至: no date
        R("山东", SD, in_org=True),                 # 山东中医药大学附属医院
        R("山东省", SD, in_org=True),               # (山东省中医院)
        C("437人", 437, "person"),
        P("约三成", 0.3, qualifier="approx"),
        # 冬至后的"一九": the first nine-day stretch after 冬至, a lone 一 and no unit; 立春前: a solar term
        T("约45天", 45, "day", qualifier="approx"),
        T("40岁以下", 40, "year", age=True, qualifier="max"),
        M("1200元", 1200),                          # 每料价格在1200元至2600元不等: two units, two amounts (set 1 call 4);
        M("2600元", 2600),                          # 每料 is no period
        # 农历腊月初八: a lunar date, nothing (sets 19, 53, 60)
        D("2026年1月26日", "2026-01-26"),           # (2026年1月26日)前后: the bracket stands between, no approx (set 53 call 4)
        T("1周", 1, "week"),                        # 提前1周
        R("历下区", LX),                            # 历下区市民: plain; "泉城办"APP: 泉城 (济南's by-name) is no gazetteer unit
        PH("0531-68616095"),
    ],
}
