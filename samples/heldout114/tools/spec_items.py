from gold_lib import *

CS, YL, KF = "430100", "430104", "430105"          # 长沙市, 岳麓区, 开福区
CD, WH = "510100", "510107"                         # 成都市, 武侯区
NJ, XW = "320100", "320102"                         # 南京市, 玄武区
DOCS = {
    "heldout114-jsonl-1": [
        R("长沙", CS, in_org=True),                 # 长沙医调委: an organisation written short
        C("412件", 412, "item"),
        D("2025-07-10", "2025-07-10"),
        R("长沙", CS, in_org=True),                 # 长沙晚报: a newspaper (set 1 call 7)
        R("长沙市", CS, in_org=True),               # 长沙市医疗纠纷人民调解委员会
        DR("2025年1-6月", "2025-01", "2025-06"),
        C("436件", 436, "item"),
        C("412件", 412, "item"),
        P("94.5%", 0.945),
        M("2318万元", 23180000),
        P("7.3%", 0.073),
        R("岳麓区", YL),
        R("开福区", KF),
        C("58件", 58, "item"),
        C("47件", 47, "item"),
        M("3万元以下", 30000, qualifier="max"),
        T("15个工作日", 15, "workday"),             # 受理之日起15个工作日内
        # 一名调解员, 一起…纠纷: lone 一
        M("8万余元", 80000, qualifier="min"),       # 余 between number and unit: more than
        P("三成", 0.3),
        M("2.4万元", 24000),
        PH("0731-84561234", city="长沙市"),         # 0731 is shared; the article's city
    ],
    "heldout114-jsonl-2": [
        R("成都", CD),                              # 成都一患者: a place as setting, plain
        M("4.6万元", 46000),
        D("2025年9月3日", "2025-09-03"),
        D("2025年5月", "2025-05"),
        R("成都市武侯区", WH),                      # 居民: plain
        T("45岁", 45, "year", age=True),
        # 某民营医院: no place
        C("两次", 2, "time"),
        T("41天", 41, "day"),
        M("6.8万余元", 68000, qualifier="min"),
        R("成都市", CD, in_org=True),               # 成都市医疗保障事务中心
        M("4.6万元", 46000),
        P("约68%", 0.68, qualifier="approx"),
        D("8月20日", "--08-20"),
        D("2024年", "2024"),
        R("成都", CD),                              # 成都全市: plain
        C("129件", 129, "item"),
        # 9:00-17:00: times
        PH("028-61881234"),
        PH("12345"),
    ],
    "heldout114-jsonl-3": [
        R("南京市玄武区", XW),                      # 南京市玄武区某医院: anonymised (某), plain
        D("2025年11月2日", "2025-11-02"),
        D("2025年11月10日起", "2025-11-10", qualifier="from"),   # <span>…</span>起
        # 门诊二楼: a floor; 每周一至周五: weekdays
        T("8小时", 8, "hour"),                      # 每天<b>8</b>小时: 每天 is a money period word only
        T("3个工作日", 3, "workday"),
        M("不超过1万元", 10000, qualifier="max"),
        R("南京市", NJ, in_org=True),               # 南京市医疗纠纷人民调解委员会
        D("2024年", "2024"),
        C("226件", 226, "item"),
        P("约15%", 0.15, qualifier="approx"),
        PH("025-84451234"),
        E("tiaojie@njyy.example.cn"),
    ],
}
