from gold_lib import *

QZ, JJ, LZ = "350500", "350582", "450200"           # 泉州市, 晋江市, 柳州市
TS, CFD = "130200", "130209"                        # 唐山市, 曹妃甸区
DOCS = {
    "heldout84-kuaixun-1": [
        R("泉州", QZ),                              # headline dateline
        C("1人", 1, "person"),
        D("2025-09-15", "2025-09-15"),              # the item's own date, main text: no role
        D("9月12日", "--09-12"),                    # 15时40分许: a time of day, nothing (call 4)
        # (15时40分许: 许 follows a time, not a qualifier of a duration)
        R("晋江市", JJ),                            # 晋江市某在建工地: 某, plain
        C("1名", 1, "person"),
        C("2人", 2, "person"),
        R("晋江市", JJ, in_org=True),               # 晋江市应急管理局
        M("48万元", 480000),
        R("泉州市", QZ, in_org=True),               # 泉州市人社局
        P("100%", 1),
        DR("1-8月", "--01", "--08"),                # 今年1-8月: 今年 outside
        C("1,026个", 1026, "item"),
        T("60日", 60, "day"),
        PH("0595-22587110"),
    ],
    "heldout84-kuaixun-2": [
        R("柳州市", LZ),                            # headline: 柳州市工伤预防项目, a topic
        C("5万余名", 50000, "person", qualifier="min"),
        D("2025-09-18", "2025-09-18"),
        R("柳州市", LZ, in_org=True),               # 柳州市人力资源和社会保障局
        # 人力资源: 资源 is a word here, not 资源县 (桂林)
        R("柳州市", LZ),
        D("2025年度", "2025"),
        M("860万元", 8600000),
        P("3%", 0.03),                              # 不超过当年征缴收入的3%: 不超过 does not touch
        C("5万余名", 50000, "person", qualifier="min"),
        C("320家", 320, "institution"),
        # 不少于8学时: 学时 is no unit of the guidelines, nothing
        DR("2025年10月至2026年9月", "2025-10", "2026-09"),
        PH("(0772)2821633", city="柳州市"),          # 0772 is shared with 来宾: the article's city
    ],
    "heldout84-kuaixun-3": [
        R("唐山市", TS),                            # headline: a topic, plain
        D("2025-10-09", "2025-10-09"),
        D("9月底", "--09", qualifier="approx"),      # 截至9月底: 截至 outside
        C("132.6万人", 1326000, "person"),
        P("4.2%", 0.042),
        T("5个工作日", 5, "workday"),               # 开工前5个工作日内: 前 stands before the number, 内 not a qualifier
        R("曹妃甸区", CFD),                         # 曹妃甸区某钢铁企业: 某, plain
        # 一名工人: lone 一
        D("9月28日", "--09-28"),                    # 8时15分: a time of day, nothing (call 4)
        M("3.2万余元", 32000, qualifier="min"),     # 余 between the number and the unit: more than
        D("2025年11月1日起", "2025-11-01", qualifier="from"),
        PH("0315-2826123"),
        PH("12333"),
    ],
}
