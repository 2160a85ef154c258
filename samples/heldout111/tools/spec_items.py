from gold_lib import *

ZZ, ZM, XZ = "410100", "410122", "410184"           # 郑州市, 中牟县, 新郑市
KM, WH, PL = "530100", "530102", "530103"           # 昆明市, 五华区, 盘龙区
NN, QX, XXT = "450100", "450103", "450107"          # 南宁市, 青秀区, 西乡塘区
DOCS = {
    "heldout111-jsonl-1": [
        R("郑州", ZZ),                              # dateline 郑州: plain (set 104 call 8)
        D("2025-04-15", "2025-04-15"),
        R("郑州", ZZ, in_org=True),                 # 郑州日报
        R("郑州市", ZZ, in_org=True),               # 郑州市医疗保障局
        D("2025年5月1日起", "2025-05-01", qualifier="from"),
        R("郑州市", ZZ),                            # 郑州市将…纳入: the city as actor, plain
        T("0-6岁", (0, 6), "year", age=True),
        # 二级及以上医疗机构: a hospital level
        C("46家", 46, "institution"),
        P("70%", 0.7),
        M("2.4万元", 24000),                        # 每人每年最高支付2.4万元: 支付 between (set 65 call 4): no period, no qualifier
        C("约3200名", 3200, "person", qualifier="approx"),
        # 一级、二级: disability grades
        P("四成", 0.4),
        R("中牟县", ZM),
        R("新郑市", XZ),
        PH("0371-67881234"),
    ],
    "heldout111-jsonl-2": [
        R("昆明市", KM, in_org=True),               # 昆明市残联 (heading)
        D("2025年6月2日", "2025-06-02"),
        R("昆明市", KM, in_org=True),               # 昆明市残疾人联合会
        R("五华区", WH),                            # 昆明's district
        R("盘龙区", PL),
        M("150元", 150),                            # 每月租金150元: 租金 between, no period
        M("每月90元", 90, period="month"),
        M("不超过1000元", 1000, qualifier="max"),
        # 一级、二级: disability grades
        P("30%", 0.3),
        T("3个月", 3, "month"),                     # 最短 is not a qualifier word
        T("2年", 2, "year"),                        # 最长 is not a qualifier word
        T("3年", 3, "year"),                        # 每3年可享受1次
        C("1次", 1, "time"),
        P("20%", 0.2),
        PH("0871-63121234"),
    ],
    "heldout111-jsonl-3": [
        R("南宁市", NN),                            # title: a place before a topic, plain
        D("2025-05-20", "2025-05-20"),
        R("南宁市", NN, in_org=True),               # 南宁市残联
        D("2025年起", "2025", qualifier="from"),
        T("0-17岁", (0, 17), "year", age=True),
        M("每年2.2万元", 22000, period="year"),     # 提高至每人每年2.2万元: 每人 outside
        M("最高4万元", 40000, qualifier="max"),     # 每人最高4万元: 每人 no period
        D("4月底", "--04", qualifier="approx"),     # 截至 outside
        R("青秀区", QX),
        R("西乡塘区", XXT),
        C("380多名", 380, "person", qualifier="min"),
        PH("0771-2801234", city="南宁市"),          # 0771 shared with 崇左: the article's city
    ],
}
