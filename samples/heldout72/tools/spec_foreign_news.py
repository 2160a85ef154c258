from gold_lib import *

# Three short foreign-news items (JSON Lines, text records). Foreign places are no regions (set 19 call 1): 美国, 加州,
# 新泽西州, 日本, 东京都, 大阪府, 北海道 (北海 inside it is part of a longer, foreign name), 东京 (记者站), 德国,
# 巴伐利亚州, 北威州; 中国 is no GB/T 2260 unit.
DOCS = {
    "heldout72-news-1": [
        # 【环球医保】: a column's name, no number
        M("2100美元", 2100, currency="USD"),        # 降至2100美元 (title)
        D("2025-08-15", "2025-08-15"),              # 10:20 a time
        # CMS: English
        D("8月14日", "--08-14"),
        D("2026年起", "2026", qualifier="from"),
        # Medicare Part D: a programme's name, no number
        M("2000美元", 2000, currency="USD"),        # 上限由2000美元调整为2100美元: 上限 does not touch
        M("2100美元", 2100, currency="USD"),
        C("约6500万名", 65000000, "person", qualifier="approx"),
        # Part B: letters
        P("约9.7%", 0.097, qualifier="approx"),
        M("每月202.90美元", 202.9, currency="USD", period="month"),
        T("65岁以上", 65, "year", age=True, qualifier="min"),
        P("18%左右", 0.18, qualifier="approx"),
        T("10年", 10, "year"),                      # 未来10年
        P("约7.5%", 0.075, qualifier="approx"),
    ],
    "heldout72-news-2": [
        T("75岁以上", 75, "year", age=True, qualifier="min"),   # title
        D("2025-09-02", "2025-09-02"),              # 17:45 a time
        # 共同社, 厚生劳动省: Japanese bodies, no places
        T("75岁以上", 75, "year", age=True, qualifier="min"),
        M("200万日元以上", 2000000, currency="JPY", qualifier="min"),
        P("20%", 0.2),
        P("30%", 0.3),
        C("2000万名", 20000000, "person"),          # 约有2000万名: 有 stands between 约 and the number
        T("75岁以上", 75, "year", age=True, qualifier="min"),
        # 2024财年: 财 between the number and 年, no date (set 46 call 7)
        M("约18.6万亿日元", 18600000000000, currency="JPY", qualifier="approx"),
        D("2026年1月前", "2026-01", qualifier="until"),
        T("3年", 3, "year"),                        # 过渡期3年
        D("9月2日", "--09-02"),                     # 9月2日晚: 晚 is not a qualifier word; 东京记者站: foreign
    ],
    "heldout72-news-3": [
        D("2026年", "2026"),                        # title: 2026年或升至2.9%
        P("2.9%", 0.029),
        D("2025-10-10", "2025-10-10"),              # 08:05 a time
        D("10月9日", "--10-09"),
        # GKV: German
        D("2026年", "2026"),
        P("2.9%", 0.029),
        D("2025年", "2025"),
        P("2.5%", 0.025),
        P("14.6%", 0.146),
        P("17.5%", 0.175),
        C("7400万人", 74000000, "person"),          # 约有7400万人: 有 stands between
        C("94家", 94, "institution"),
        M("4000欧元", 4000, currency="EUR"),        # 以月收入4000欧元: 月收入 is no period word
        M("约8欧元", 8, currency="EUR", qualifier="approx"),   # 每月个人负担将增加约8欧元: 每月 does not touch
        # 巴伐利亚州, 北威州: German states
        M("100亿欧元", 10000000000, currency="EUR"),
        # 在德: 德 alone, nothing; 中国: no unit of GB/T 2260
        C("约15万人", 150000, "person", qualifier="approx"),
        m("phone", "+49 30 1234 5678", "+493012345678", kind="fixed"),   # a Berlin number (set 19 call 3)
    ],
}
