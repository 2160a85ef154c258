from gold_lib import *

HN, CS, BJ, SZ = "430000", "430100", "110000", "440300"   # 湖南省, 长沙市, 北京市, 深圳市
DOCS = {
    "heldout94-jsonl-1": [
        R("湖南省", HN),                            # title: the province as subject, plain
        C("15种", 15, "kind"),
        D("3月12日", "--03-12"),
        R("湖南省", HN, in_org=True),               # 湖南省医疗保障局
        D("2025年4月1日起", "2025-04-01", qualifier="from"),
        C("15种", 15, "kind"),
        P("70%", 0.7),
        M("不低于20万元", 200000, qualifier="min"),
        R("长沙", CS), R("株洲", "430200"), R("湘潭", "430300"),   # 三市: no classifier of the list (set 1)
        C("约1500人", 1500, "person", qualifier="approx"),
        T("18岁以下", 18, "year", age=True, qualifier="max"),
        P("三分之一", 1 / 3),                       # 约占三分之一: 占 stands between 约 and it
        PH("0731-89991234", city="长沙市"),         # 0731 is shared by 长沙/株洲/湘潭: the province's capital (call 5)
    ],
    "heldout94-jsonl-2": [
        R("北京", BJ, in_org=True),                 # 北京协和医院; 每周二下午: a weekday, nothing
        C("15个", 15, "item"),                      # 每次放号15个: 每次 is no period for a count
        M("每人次100元", 100, period="time"),       # 挂号费每人次100元: per visit
        D("2024年", "2024"),
        # 全国: not a place
        C("31个", 31, "item"),                      # 31个省份
        C("5,200余人次", 5200, "person", qualifier="min"),
        T("3个月以下", 3, "month", age=True, qualifier="max"),   # 3个月以下的婴儿: an age in months (call 2)
        P("8%", 0.08),
        T("2至3天", (2, 3), "day"),
        R("北京", BJ, in_org=True),                 # “北京协和医院”APP
        PH("010-69151234"),
    ],
    "heldout94-jsonl-3": [
        R("深圳市", SZ, in_org=True),               # 深圳市“惠民保”: a product's name (深圳惠民保, set 13); 惠民 is no place
        D("2026年度", "2026"),
        C("9种", 9, "kind"),
        # 利司扑兰(60mg/瓶): a strength, nothing
        P("60%", 0.6),
        M("100万元", 1000000),                      # 年度最高赔付100万元: 最高 does not touch
        T("30天", 30, "day"),                     # 等待期为30天
        DR("2025年10月20日至12月31日", "2025-10-20", "2025-12-31"),
        M("每年88元", 88, period="year"),           # 每人每年88元 (set 1 call 2)
        U("https://www.example.com/szhmb"),
        PH("0755-88881234"),
    ],
}
