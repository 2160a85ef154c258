from gold_lib import *

BD, DT = "130600", "140200"                         # 保定市, 大同市
DOCS = {
    "heldout107-jsonl-1": [
        R("保定市", BD, in_org=True),               # 保定市医保局
        C("65个", 65, "item"),
        D("2025年6月12日", "2025-06-12"),
        R("保定市", BD, in_org=True),               # 保定市医疗保障局
        D("2025年7月1日起", "2025-07-01", qualifier="from"),
        C("42个", 42, "item"),
        C("65个", 65, "item"),
        C("23个", 23, "item"),
        # 三级医院: a level
        M("400元", 400),
        M("550元", 550),
        P("90%", 0.9),                              # 最高可达90%: 可达 stands between
        DR("1-5月", "--01", "--05"),                # 今年1-5月
        C("8家", 8, "institution"),
        C("3160台次", 3160, "piece"),
        P("12.5%", 0.125),
        T("1.2天", 1.2, "day"),                     # 平均住院日1.2天
        M("约2400元", 2400, qualifier="approx"),
        # 术后第2天起: an ordinal day, nothing (起 has no date to qualify; call 2)
        R("莲池区", "130606"),
        R("竞秀区", "130602"),
        PH("0312-5927341"),
    ],
    "heldout107-jsonl-2": [
        R("大同市", DT, in_org=True),               # 大同市第五人民医院 (heading); 第五人民: 五人 is no count (人 belongs to 人民)
        D("2025-03-28", "2025-03-28"),
        D("3月28日", "--03-28"),
        R("大同市", DT, in_org=True),
        C("20张", 20, "piece"),                     # 床位<strong>20</strong>张
        C("18种", 18, "kind"),
        T("24小时", 24, "hour"),
        T("4.3天", 4.3, "day"),
        P("最高85%", 0.85, qualifier="max"),        # 最高 touches the number
        M("350元", 350),
        # 首周: no number
        C("46台次", 46, "piece"),
        T("60岁以上", 60, "year", age=True, qualifier="min"),
        P("41%", 0.41),
        R("云冈区", "140214"),
        R("平城区", "140213"),
        PH("0352-6105528"),
        # 8:00-17:30: a time of day
    ],
}
