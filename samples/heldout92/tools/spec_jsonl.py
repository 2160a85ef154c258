from gold_lib import *

FZ, FJ, CS = "350100", "350000", "430100"            # 福州市, 福建省, 长沙市
DOCS = {
    "heldout92-jsonl-1": [
        R("福州", FZ),                               # headline place
        # 38°C: a temperature, nothing
        C("300余个", 300, "item", qualifier="min"),   # 余 between number and classifier: more than
        D("7月20日", "--07-20"),
        R("福州", FZ),
        # 38°C; 橙色预警: no number
        R("福州市", FZ, in_org=True),                # 福州市总工会
        C("312个", 312, "item"),
        R("鼓楼区", "350102"),                        # 福州's 鼓楼区 (the article's city), not 南京/徐州/开封's
        C("46个", 46, "item"),
        R("仓山区", "350104"),
        C("58个", 58, "item"),
        # 每个驿站: no number
        R("福州市", FZ, in_org=True),
        M("约420万元", 4200000, qualifier="approx"),
        C("2.3万人次", 23000, "person"),
        M("约150元", 150, qualifier="approx"),       # 人均 before it: no period
        R("福建省", FJ),                             # 根据福建省规定: a place before a topic
        DR("每年6月至10月", "--06", "--10", recurring="yearly"),
        M("每月200元", 200, period="month"),          # 每月200元至300元: two units, two mentions (set 1 call 4)
        M("300元", 300),
        T("不超过5小时", 5, "hour", qualifier="max"),   # 每日 is a period word for money only
        T("1小时", 1, "hour"),                        # 每隔1小时: an interval, a duration
        T("不少于15分钟", 15, "minute", qualifier="min"),
        # 每天7:00-21:00: times of day
        D("2024年", "2024"),
        R("福州市", FZ),                              # 福州市中暑就诊人数: a topic
        P("12%", 0.12),
        # 1500-2000毫升, 200毫升左右: millilitres, no unit of any type
        P("0.9%左右", 0.009, qualifier="approx"),     # 淡盐水(0.9%左右): a loose concentration, not a product's name (call 5)
        PH("0591-87561234"),
        R("福州市", FZ, in_org=True),                # (福州市总工会)
    ],
    "heldout92-jsonl-2": [
        R("长沙市雨花区", "430111"),                  # 长沙市雨花区 李女士问: a chain
        # 上个月: no number
        T("5天", 5, "day"),
        M("9,800元", 9800),
        R("长沙市", CS, in_org=True),                # 长沙市人社局答
        # 《职业病分类和目录》: no place
        T("1年", 1, "year"),                          # <strong>1年</strong>内: 内 not a qualifier; 1 is no year (1900–2099)
        T("30日", 30, "day"),
        P("100%", 1),
        T("不超过12个月", 12, "month", qualifier="max"),
        # 三级医院: a hospital level
        M("800元", 800),
        P("85%", 0.85),
        M("1000元", 1000),
        P("60%", 0.6),                               # 60%至70%: two mentions
        P("70%", 0.7),
        PH("0731-88666123", city="长沙市"),           # 0731 is shared by 长沙/株洲/湘潭: the article's city (set 1 call 5)
        PH("12333"),
        # 9:00-17:00: times
    ],
}
