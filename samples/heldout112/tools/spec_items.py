from gold_lib import *

GZ, QD = "440100", "370200"                          # 广州市, 青岛市
DOCS = {
    "heldout112-jsonl-1": [
        # title: 国家医保局 (no place)
        D("7月1日起", "--07-01", qualifier="from"),  # 今年7月1日起: 今年 outside (no year written)
        D("2025-04-02", "2025-04-02"),              # the item's date line (no related block: no role); 新华网: a news site whose 新华 is no place (not 新华县)
        D("2025年7月1日起", "2025-07-01", qualifier="from"),
        D("3月", "--03"),                           # 截至今年3月
        C("超过187亿条", 18700000000, "item", qualifier="min"),
        C("2.3万余条", 23000, "item", qualifier="min"),  # 余 between number and unit → min
        M("约1.2亿元", 120000000, qualifier="approx"),
        R("北京市", "110000"),
        R("上海市", "310000"),
        R("广东省", "440000"),
        P("超过95%", 0.95, qualifier="min"),
        PH("12393"),
    ],
    "heldout112-jsonl-2": [
        R("广州", GZ),                              # title 广州:…; 一药店: lone 一
        D("2025-05-20", "2025-05-20"),
        R("广州", GZ, in_org=True),                 # 广州日报 (a newspaper)
        R("广州市", GZ, in_org=True),               # 广州市医保局
        D("5月19日", "--05-19"),
        R("白云区", "440111"),                      # 白云区一家定点药店: 一家 (lone 一, anonymous), not in_org
        DR("2025年2月至4月", "2025-02", "2025-04"),
        C("418盒", 418, "piece"),
        C("1个", 1, "item"),
        C("9次", 9, "time"),
        M("13.6万元", 136000),
        # "穗好办"APP: 穗 is a one-character abbreviation, no place
        PH("020-83170256"),
    ],
    "heldout112-jsonl-3": [
        R("青岛", QD),                              # dateline title 青岛:…: plain
        D("2025-06-10", "2025-06-10"),
        R("青岛市", QD, in_org=True),               # 青岛市医疗保障局
        D("2025年6月1日起", "2025-06-01", qualifier="from"),  # 自<b>…</b>起
        R("青岛市", QD),                            # 青岛市3,860家定点药店: a place before counted shops, plain
        C("3,860家", 3860, "institution"),
        # 首周: an ordinal, nothing
        C("126.5万人次", 1265000, "person"),        # <strong>126.5万</strong>人次: the tags are inline
        C("412万条", 4120000, "item"),
        P("96.2%", 0.962),
        R("黄岛区", "370211"),
        R("即墨区", "370215"),
        # 末6位: digits of a code; (如"345678"): the tail of a trace code, not a local phone nor a postcode: nothing
        M("500元", 500),                            # 每次扣减医保结算费用500元: a verb between 每次 and the amount, no period
        PH("0532-85912367"),
    ],
}
