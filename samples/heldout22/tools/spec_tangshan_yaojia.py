from gold_lib import *

TS = "130200"                                        # 唐山市
LB, LN, FR = "130203", "130202", "130208"            # 路北区, 路南区, 丰润区
# Tables converted to text with tabs. The 规格 cells (`20mg×7片/盒`, `0.5mg×7片/盒`, `80mg×7粒/盒`,
# `0.5g×30片/盒`, `30mg×7片/盒`, `75mg×7片/盒`) are pack specifications: no mentions (set 8 call 1: the
# strength is a quantity in another unit, 7片 describes the product and counts nothing the text talks about).
# Prices `35.60元/盒`: 盒 is a classifier, not a period word, so the mention is `35.60元` (set 6 call 1).
SPEC = [
    R("唐山市", TS),                                 # title 唐山市定点药店常用药品价格对比: a place before a topic
    D("2025年12月", "2025-12"),
    R("唐山市", TS, in_org=True),                    # 发布单位:唐山市医疗保障局
    D("2025-12-15", "2025-12-15"),
    # 截至目前, 我市: nothing
    C("10批", 10, "batch"),                          # 国家组织药品集中带量采购10批
    C("15批", 15, "batch"),
    C("435种", 435, "kind"),
    # 第七批: an ordinal (the seventh batch), no count
    R("路北区", LB),                                 # 路北区、路南区、丰润区3家定点零售药店: where the shops are (plain)
    R("路南区", LN),
    R("丰润区", FR),
    C("3家", 3, "institution"),
    P("53%", 0.53),
    P("92%", 0.92),                                  # 最高降幅达92%: 最高 does not touch
    # 表1 …(第七批): a table number, an ordinal
    M("35.60元", 35.6),
    M("4.55元", 4.55),
    P("87%", 0.87),
    M("18.20元", 18.2),
    M("1.46元", 1.46),
    P("92%", 0.92),
    M("27.30元", 27.3),
    M("12.80元", 12.8),
    P("53%", 0.53),
    M("16.50元", 16.5),
    M("6.90元", 6.9),
    P("58%", 0.58),
    # 表2; 药店A / 药店B: labels
    R("路北区", LB),                                 # 药店A(路北区): a location label, plain
    R("丰润区", FR),
    M("9.80元", 9.8),
    M("10.50元", 10.5),
    M("9.90元", 9.9),
    M("8.40元", 8.4),
    M("8.90元", 8.9),
    M("8.60元", 8.6),
    # 温馨提示 1. … 4.: list numbers before words
    C("约4盒", 4, "piece", qualifier="approx"),      # 每月用药约4盒: 盒 a piece classifier
    M("142.40元", 142.4),                            # 每月药费由142.40元降至18.20元: 每月 does not touch; two mentions
    M("18.20元", 18.2),
    M("约1490元", 1490, qualifier="approx"),         # 一年可节省: 一年 a lone 一 (set 16 call 10)
    # 1.5倍: a multiple, no mention (set 4 call 3)
    PH("0315-2816030"),
    U("https://ybj.tangshan.example.gov.cn/yjcx"),
    R("河北省", "130000", in_org=True),              # 河北省医药集中采购平台 (a platform, set 5 call 9)
    D("2025年12月10日", "2025-12-10"),
]
