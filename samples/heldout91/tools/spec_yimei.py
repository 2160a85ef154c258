from gold_lib import *

ZZ, JSQ = "410100", "410105"                       # 郑州市, 金水区
SZ, FT, NS = "440300", "440304", "440305"          # 深圳市, 福田区, 南山区 (深圳's)
DOCS = {
    "heldout91-jsonl-1": [
        R("郑州市", ZZ, in_org=True),              # title: 郑州市医保局
        D("2026-06-02", "2026-06-02"),
        R("郑州市", ZZ, in_org=True),              # 郑州市医疗保障局; 市卫健委: no place; 全市: no place
        C("126家", 126, "institution"),
        C("9家", 9, "institution"),
        M("31.7万元", 317000),
        C("2家", 2, "institution"),
        # 2倍罚款: a multiple
        M("14.6万元", 146000),
        C("1家", 1, "institution"),                # digit 1, not a lone 一
        # 5倍罚款: a multiple
        R("郑州市金水区", JSQ),                    # 郑州市金水区某医美诊所: 某, not in_org
        T("45岁", 45, "year", age=True),
        # 热玛吉900发: nothing
        C("3次", 3, "time"),                       # “3次×300发”; 300发 nothing
        M("4800元", 4800),                         # 单次4800元: 单次 is not a period word of the guidelines (call 5)
        PH("0371-69651234"),
        M("不低于200元", 200, qualifier="min"),
    ],
    "heldout91-jsonl-2": [
        R("深圳", SZ),                             # headline: 深圳:…
        P("四成", 0.4),                            # 超四成: 超 is not on the qualifier list (超过 is), no qualifier
        R("深圳市", SZ, in_org=True),              # 深圳市消费者委员会
        DR("2026年1月至5月", "2026-01", "2026-05"),
        C("1,218件", 1218, "item"),                # <strong>1,218</strong>件
        P("42.5%", 0.425),
        M("386万元", 3860000),
        R("福田区", FT),
        R("南山区", NS),                           # after 深圳: 440305, not 鹤岗's
        C("312件", 312, "item"),
        C("287件", 287, "item"),
        # 消委会: no place.  “900发”“600发”: nothing.  “元/支”: a unit with no number.  每支1ml: nothing
        PH("(0755)83070123"),                      # parentheses belong to the number (set 1 call 16)
    ],
}
