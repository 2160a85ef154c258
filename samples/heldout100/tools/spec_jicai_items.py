from gold_lib import *

GZ, GY, GS, LZ, FJ, JJ, QZ = "520000", "520100", "620000", "620100", "350000", "350582", "350500"
DOCS = {
    "heldout100-jsonl-1": [
        R("贵州省", GZ, in_org=True),               # 贵州省医保局
        C("5类", 5, "kind"),
        D("2026年1月起", "2026-01", qualifier="from"),
        R("贵阳", GY),
        C("9个", 9, "item"),                        # 9个市(州)
        R("贵州省", GZ, in_org=True),               # 贵州省医疗保障局
        R("贵州", GZ),
        # 京津冀“3+N”联盟: 京/津/冀 one-character abbreviations, 3+N a bare number: nothing
        C("23家", 23, "institution"),
        C("106个", 106, "item"),
        P("59.8%", 0.598),
        P("84%", 0.84),                             # 最高降幅84%: 降幅 between
        # 一款: lone 一 (款 no classifier)
        M("2680元", 2680),
        M("512元", 512),                            # 512元/片: /片 a classifier, no period
        C("约3.6万片", 36000, "piece", qualifier="approx"),
        PH("0851-85827302"),
    ],
    "heldout100-jsonl-2": [
        R("兰州", LZ),
        P("83.5%", 0.835),
        M("近2000万元", 20000000, qualifier="approx"),
        D("2025-04-03", "2025-04-03"),
        R("甘肃省", GS, in_org=True),               # 甘肃省医保局
        D("2025年3月1日起", "2025-03-01", qualifier="from"),
        R("兰州市", LZ),                            # 兰州市47家公立医院: before counted institutions, plain
        C("47家", 47, "institution"),
        C("12.6万件", 126000, "item"),
        # 一块普通锁定接骨板: lone 一 + 块 as a classifier of plates, no money (no number but 一 determiner)
        M("3500元", 3500),
        M("480元", 480),
        # 一根: lone 一
        M("约1.2万元", 12000, qualifier="approx"),
        M("2190元", 2190),
        D("2023年", "2023"),
        M("6万多元", 60000, qualifier="min"),
        M("1.8万元", 18000),
        PH("0931-8812345"),
        U("www.example.com/gsyb"),
    ],
    "heldout100-jsonl-3": [
        R("晋江市", JJ, in_org=True),               # 晋江市医院
        D("2025年5月", "2025-05"),
        # 3.5×23mm / FJ-2025-C, 2.0×20mm: specification and model: nothing
        M("12800元", 12800),
        M("735元", 735),
        M("3200元", 3200),
        M("258元", 258),
        P("10%", 0.1),                              # <b>10</b>%
        R("福建省", FJ),                            # 按福建省规定比例: a place before a topic
        R("泉州市", QZ, in_org=True),               # 泉州市医保中心
        PH("0595-22586731"),
    ],
}
