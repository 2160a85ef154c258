from gold_lib import *

DOCS = {
    "heldout85-brief-1": [
        R("宜昌", "420500"),                        # 宜昌: headline prefix
        C("10万人次", 100000, "person"),            # 破10万人次: 破 is not a qualifier
        D("2025-10-15", "2025-10-15"),              # the item's own date line (a main article: no role)
        # 三峡日报: 三峡 is no place
        R("宜昌市", "420500", in_org=True),         # 宜昌市医疗保障局
        D("2024年5月", "2024-05"),                  # 以来 does not touch (全市开通…以来)
        D("2025年9月30日", "2025-09-30"),
        C("10.6万人次", 106000, "person"),
        M("1,380万元", 13800000),
        R("宜昌市", "420500", in_org=True),         # 宜昌市中心人民医院
        C("约8,000人次", 8000, "person", qualifier="approx"),
        M("35元/次", 35, period="time"),
        R("夷陵区", "420506"),
        R("当阳市", "420582"),
        T("1.5天", 1.5, "day"),
        PH("0717-6223548"),
    ],
    "heldout85-brief-2": [
        R("绵阳涪城区", "510703"),                  # a chain at the county
        D("2025-09-02", "2025-09-02"),
        R("绵阳", "510700", in_org=True),           # 绵阳日报
        R("四川省绵阳市涪城区", "510703"),
        D("9月1日起", "--09-01", qualifier="from"),
        C("5家", 5, "institution"),
        C("126名", 126, "person"),
        M("每次100元", 100, period="time"),         # 每次100元至150元: two units, two amounts (set 1 call 4)
        M("150元", 150),
        T("2小时", 2, "hour"),                      # 2小时内; 8:00-18:00: times
        T("60岁以上", 60, "year", age=True, qualifier="min"),
        PH("0816-2229120"),
    ],
    "heldout85-brief-3": [
        R("无锡", "320200"),
        D("2025-11-03", "2025-11-03"),
        # 江南晚报: 江南 (also 南宁's 江南区) is a regional word in a newspaper's name here, no place
        R("无锡市", "320200", in_org=True),         # 无锡市人民医院; 一周: lone 一
        C("1,206张", 1206, "piece"),
        P("97.5%", 0.975),                          # 配送好评率97.5%
        R("梁溪区", "320213"),
        R("新吴区", "320214"),
        M("50元", 50),                              # 单笔满50元: 满 is not a qualifier
        P("60%", 0.6),
        PH("4008-765-432"),
        E("yun@wxrmyy.example.com"),
    ],
}
