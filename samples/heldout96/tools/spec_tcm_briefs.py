from gold_lib import *

HN, ZZ = "410000", "410100"                          # 河南省, 郑州市
SD, JN, QD = "370000", "370100", "370200"            # 山东省, 济南市, 青岛市
FZ, GL, CS = "350100", "350102", "350104"            # 福州市, 鼓楼区 (福州's), 仓山区
DOCS = {
    "heldout96-brief-1": [
        R("河南省", HN, in_org=True),               # 河南省中医药管理局 (title)
        D("2025-08-22", "2025-08-22"),
        # 大河健康网: 大河 is no gazetteer name
        R("河南省", HN, in_org=True),
        # 全省: no place
        C("2318个", 2318, "item"),
        P("98.5%", 0.985),
        P("100%", 1),
        R("郑州市", ZZ, in_org=True),               # 郑州市中医院
        C("86家", 86, "institution"),
        D("2025年底前", "2025", qualifier="until"),  # 底前 -> until
        P("不低于30%", 0.3, qualifier="min"),
        D("2026年起", "2026", qualifier="from"),
        P("3个百分点", 0.03, points=True),
        # 一名中医师: lone 一
        T("不少于8天", 8, "day", qualifier="min"),  # 每月在中医馆坐诊不少于8天: 每月 does not touch
        PH("0371-65897210"),
    ],
    "heldout96-brief-2": [
        R("山东", SD),                              # title: 山东: (a place heading the item)
        C("30个", 30, "item"),
        D("2025-10-15", "2025-10-15"),
        # 齐鲁医保观察: 齐鲁 is no gazetteer name
        R("山东省", SD, in_org=True),               # 山东省医疗保障局
        D("2025年11月1日起", "2025-11-01", qualifier="from"),
        R("济南", JN),
        R("青岛", QD),
        # 16市: 市 is no classifier (like 四市, set 1)
        C("30个", 30, "item"),
        M("6800元左右", 6800, qualifier="approx"),  # 每例支付标准为…: 每例 does not touch
        T("2~4周", (2, 4), "week"),
        D("2024年", "2024"),
        # 全省: no place
        C("约120万人次", 1200000, "person", qualifier="approx"),
        P("6.3%", 0.063),                           # 次均住院费用: 次均 no number
        R("济南市", JN, in_org=True),               # 济南市中医医院
        R("山东", SD, in_org=True),                 # 山东中医药大学附属医院
        C("42家", 42, "institution"),
        PH("0531-86118230"),
    ],
    "heldout96-brief-3": [
        R("福州", FZ),                              # title: 福州: (a place heading the item)
        D("2025-06-03", "2025-06-03"),
        R("福州市", FZ, in_org=True),               # 来源:福州市卫生健康委员会
        R("福州市", FZ, in_org=True),
        R("福州市", FZ, in_org=True),               # 福州市医疗保障局
        D("2025年7月起", "2025-07", qualifier="from"),
        C("5项", 5, "item"),
        M("120元", 120),                            # 每年自付120元: 自付 stands between, no period (as 每年补助10元, set 23)
        T("65岁以上", 65, "year", age=True, qualifier="min"),
        C("1次", 1, "time"),                        # 每年可免费享受…1次
        R("鼓楼区", GL),                            # 全市 (福州) -> 福州's 鼓楼区, not 南京's/徐州's/开封's
        R("仓山区", CS),
        C("13个", 13, "item"),                      # 13个县(市、区)
        C("287家", 287, "institution"),
        C("约46万人次", 460000, "person", qualifier="approx"),
        PH("0591-87551260"),
    ],
}
