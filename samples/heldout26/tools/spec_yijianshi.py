from gold_lib import *

FJ, FZ, GL = "350000", "350100", "350102"            # 福建省 福州市 鼓楼区(福州)
SD, JN, QD, LX = "370000", "370100", "370200", "370102"   # 山东省 济南市 青岛市 历下区
GZ, GY, ZY = "520000", "520100", "520300"            # 贵州省 贵阳市 遵义市
# Every record: the keys (办理时限, 收费标准 …) are words; 一件事 is a lone 一 (no count); 即时办结 and
# 不收费 have no number.
DOCS = {
    "heldout26-yjs-1": [
        R("福建省", FJ),                             # title: a province before a topic
        R("福建省", FJ),                             # 福建省内出生: 省内 is no place, 福建省 is
        T("3个工作日", 3, "workday"),
        D("2025年度", "2025"),
        M("400元/人/年", 400, period="year"),
        T("90天", 90, "day"),                        # 出生后90天内
        C("1份", 1, "piece"),
        C("2份", 2, "piece"),
        R("福州市鼓楼区", GL),                       # chain: the county (鼓楼区 is also 南京's, 开封's …)
        # 五四路158号: a road and a house number
        R("福州市", FZ, in_org=True),                # 福州市行政服务中心 (a facility); 1楼: a floor
        PH("0591-87712345"),
        PH("12345"),
        D("2025-02-26", "2025-02-26"),               # 更新时间
    ],
    "heldout26-yjs-2": [
        R("山东省", SD),
        D("2025年5月1日起", "2025-05-01", qualifier="from"),
        R("济南市", JN),
        R("青岛市", QD),
        C("7个", 7, "item"),
        C("1个", 1, "item"),                         # 1个事项: a digit 1, not the determiner 一
        T("5个工作日", 5, "workday"),
        T("35个工作日", 35, "workday"),
        T("25年", 25, "year"),                       # 满25年: 满 is not on the shared list
        T("20年", 20, "year"),
        P("2%", 0.02),
        C("0次", 0, "time"),                         # 跑动次数\t0次
        R("山东", SD, in_org=True),                  # “爱山东”APP: an app's name
        R("济南市历下区", LX),
        # 龙奥北路8号: road and house number
        PH("0531-86912333"),
        # 全省: no place
        DR("2025年5月1日至12月31日", "2025-05-01", "2025-12-31"),
    ],
    "heldout26-yjs-3": [
        R("贵州省", GZ),
        R("贵阳市", GY),
        R("遵义市", ZY),
        C("9个", 9, "item"),                         # 9个市(州)
        T("1个工作日", 1, "workday"),                # 一次性: lone 一
        # 乡镇卫生院, 县级医院, 市级及以上医院: hospital levels
        P("90%", 0.9),
        P("80%", 0.8),
        P("60%", 0.6),
        M("每次200元", 200, period="time"),
        # 第二次: ordinal; 减半: no number
        M("32元/床日以内", 32, period="day", qualifier="max"),   # 床日 a daily rate (guidelines), 以内 touches
        M("每人次10元", 10, period="time"),          # 每人次: per visit (guidelines)
        M("1.5万元", 15000),                         # 起付线1.5万元
        M("1.5万元", 15000),                         # 1.5万元至10万元: two amounts, two units: two mentions
        M("10万元", 100000),
        P("60%", 0.6),
        PH("0851-85561200"),
        R("贵州省", GZ, in_org=True),                # signature 贵州省医疗保障局
        D("2025年6月3日", "2025-06-03"),
    ],
}
