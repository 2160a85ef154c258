from gold_lib import *

PB, HH, DL = "532523", "532500", "532900"          # 屏边苗族自治县, 红河州, 大理白族自治州
SJ, LZ = "450226", "450200"                         # 三江侗族自治县, 柳州市
LS = "522634"                                       # 雷山县 (黔东南苗族侗族自治州)
DOCS = {
    "heldout23-tables-1": [
        R("屏边苗族自治县", PB),                   # ## heading: the full name of an autonomous county
        D("2026年度", "2026"),
        R("红河哈尼族彝族自治州屏边苗族自治县", PB, in_org=True),   # a chain (prefecture + county) in the office's name
        DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
        R("大理白族自治州", DL),                   # 与大理白族自治州等地一致: no org
        # | 项目 | 标准 | and | --- |: table markup, nothing
        M("400元/人/年", 400, period="year"),
        M("不低于700元/人/年", 700, period="year", qualifier="min"),
        # 全额资助: nothing
        M("200元", 200),                           # 每人资助200元: 资助 between; 每人 no period anyway
        T("3个月", 3, "month"),
        PH("0873-3022135"),                        # 0873: 红河哈尼族彝族自治州
    ],
    "heldout23-tables-2": [
        R("三江侗族自治县", SJ),
        R("广西壮族自治区柳州市三江侗族自治县", SJ),   # a three-level chain: one mention at the county
        D("2026年1月1日起", "2026-01-01", qualifier="from"),
        M("100元", 100),
        P("90%", 0.9),
        # 县内医院: no place
        M("400元", 400),
        P("80%", 0.8),
        R("柳州市", LZ),                           # 柳州市内医院: a place before a topic, no org
        M("800元", 800),
        P("65%", 0.65),
        # 区内其他医院: no place (区 = the autonomous region)
        M("1200元", 1200),
        P("55%", 0.55),
        M("20万元", 200000),
        P("50%", 0.5),                             # 起付线降低50%
        PH("0772-8612345", city="柳州市"),         # 0772 is 柳州市's and 来宾市's; the page is 柳州's
        R("三江侗族自治县", SJ, in_org=True),      # (三江侗族自治县医疗保障局)
    ],
    "heldout23-tables-3": [
        R("雷山县", LS),
        D("2026年", "2026"),                       # (2026年) in the heading
        R("黔东南苗族侗族自治州雷山县", LS, in_org=True),
        D("2025-12-20", "2025-12-20"),
        # 高血压(Ⅲ级) → (III级) after NFKC: a grade, nothing
        M("2000元", 2000),
        P("70%", 0.7),
        M("2500元", 2500),
        P("70%", 0.7),
        M("不超过8万元", 80000, qualifier="max"),
        P("80%", 0.8),
        M("6万元", 60000),
        P("85%", 0.85),
        # 全县: no place
        C("3126人", 3126, "person"),
        C("32种", 32, "kind"),
        T("15个工作日", 15, "workday"),            # 15个工作日内: 内 outside
    ],
}
