from gold_lib import *

AH, HF, WU, FY, JJ, FC = "340000", "340100", "340200", "341200", "340207", "340212"
DOCS = {
    "heldout106-jsonl-1": [
        R("安徽", AH),                              # title: the province as actor, plain
        D("2025年度", "2025"),
        D("2025-12-18", "2025-12-18"),
        R("安徽省", AH, in_org=True),               # 来源:安徽省医疗保障局
        D("2025年度", "2025"),
        R("安徽省", AH),
        C("26家", 26, "institution"),
        C("16家", 16, "institution"),              # “一般”16家: the level is no count, the number with 家 is
        C("7家", 7, "institution"),
        C("2家", 2, "institution"),
        C("1家", 1, "institution"),
        M("1,326.7万元", 13267000),
        R("合肥", HF),
        R("芜湖", WU),
        R("阜阳", FY),                              # 三市: 市 is no classifier of the list, nothing
        P("58%", 0.58),
        C("3家", 3, "institution"),                # “严重”及以上: a level, not a qualified number
        PH("0551-62671234"),
    ],
    "heldout106-jsonl-2": [
        R("芜湖市", WU),                            # title: 芜湖市2家医药企业 (counted firms, plain)
        C("2家", 2, "institution"),
        R("芜湖市", WU, in_org=True),               # byline 芜湖市医疗保障局
        D("2026-01-09", "2026-01-09"),
        R("芜湖市", WU, in_org=True),
        R("鸠江区", JJ),                            # 鸠江区、繁昌区2家企业: counted firms, plain
        R("繁昌区", FC),
        C("2家", 2, "institution"),
        C("两家", 2, "institution"),
        D("2025年12月26日", "2025-12-26"),
        R("芜湖", WU, in_org=True),                 # 芜湖华康医药有限公司
        M("36万元", 360000),
        T("3个月", 3, "month"),                    # 满3个月: 满 is no qualifier
        # 由70分恢复至85分: scores, nothing
    ],
    "heldout106-jsonl-3": [
        R("合肥市", HF),                            # title: 合肥市医药价格和招采失信线索征集公告 (a topic)
        D("2026年3月31日", "2026-03-31"),           # 即日起至2026年3月31日: 即日 is no date, 至 a preposition: one date
        R("合肥市", HF, in_org=True),               # 合肥市医疗保障局
        M("10万元以上", 100000, qualifier="min"),  # <b>10</b>万元以上: the bold tag is gone in the visible text
        M("2000元", 2000),
        M("不超过10万元", 100000, qualifier="max"), # 最高不超过10万元: 不超过 touches (最高 before it kept out, one qualifier)
        PH("(0551)62673355"),
        E("hfyb_xs@example.com"),
    ],
}
