from gold_lib import *

LZ, GXP, DZ, SD, LB = "450200", "450000", "371400", "370000", "451300"   # 柳州市, 广西, 德州市, 山东省, 来宾市
DOCS = {
    "heldout67-pdf-1": [
        R("柳州市", LZ, in_org=True),               # 柳州市医疗保障局
        # 延长 (×3, 延长缴费期 / 延长至 / 延长期): the verb "extend", not 延安's 延长县
        D("2025年度", "2025"),
        D("2025年度", "2025"),
        D("2025年2月2\n8日", "2025-02-28"),         # 延长至2025年2月2⏎8日: a break inside the day (call 1); 至 a preposition
        # 一、二、三、: section numbers
        M("每年380元", 380, period="year"),         # 每人每年380元: 每人 is no period word (set 1 call 2)
        D("次月1日起", "---01", relative_to="next_month", qualifier="from"),
        D("2025年12月31日止", "2025-12-31", qualifier="until"),   # ,至2025年12月31日止: a comma before 至: a single date
        T("3个月", 3, "month"),
        R("广西", GXP, in_org=True),                # “广西医保”APP; “桂税通”: 桂 is a one-character abbreviation
        R("柳州", LZ, in_org=True),                 # 柳州银行 (a bank)
        R("柳江", "450206", in_org=True),           # 柳江⏎农商银行: a bank; the break inside its name changes nothing (set 2 call 17)
        R("柳北区", "450205"), R("柳江区", "450206"), R("鹿寨县", "450223"), R("融安县", "450224"),
        M("每年38\n0元", 380, period="year"),       # 每人每年38⏎0元 (call 1)
        PH("0772-2806123", city="柳州市"),          # 0772 is 柳州's and 来宾's: the article's city (set 1 call 5)
        PH("12345"),
        # — 1 —: a page number
        R("柳州市", LZ, in_org=True),               # signature
        D("2025年1月10日", "2025-01-10"),
    ],
    "heldout67-pdf-2": [
        R("德州市", DZ, in_org=True),               # 德州市医疗保障局
        R("德州市", DZ, in_org=True),               # 德州市社会保险事业中心
        D("2025年度", "2025"),
        # 德医保发〔2025〕9号: a document number; 各县(市、区), 市直: no places
        R("山东省", SD),                            # 根据山东省2024年全口径…平均工资: a place before a topic
        D("2024年", "2024"),
        D("2025年度", "2025"),
        M("4,9\n86元/月", 4986, period="month"),    # 4,9⏎86元/月 (call 1)
        M("24,930元/月", 24930, period="month"),
        P("7%", 0.07), P("2%", 0.02),
        P("60%", 0.6), P("300%", 3.0),              # 60%至300%: two percents (guidelines)
        DR("2025年7\n月1日至2026年6月30日", "2025-07-01", "2026-06-30"),   # 2025年7⏎月1日 (call 1)
        R("乐陵市", "371481"), R("禹城市", "371482"), R("陵城区", "371403"),
        D("2025年7月25日前", "2025-07-25", qualifier="until"),
        P("110%", 1.1),                             # 上年度: no number, nothing
        PH("0534-2621085"),
        # 第 1 页 共 1 页: a page counter
    ],
    "heldout67-pdf-3": [
        R("来宾市", LB, in_org=True),               # 来宾市医疗保障局
        D("2025年", "2025"),                        # 2025年第一季度: 第一季度 is an ordinal, only 2025年
        # 来医保函〔2025〕17号: a document number
        DR("2025年1-3月", "2025-01", "2025-03"),
        M("9.86亿元", 986000000),
        M("8.7\n2亿元", 872000000),                 # 8.7⏎2亿元 (call 1)
        P("2.3个百分点", 0.023, points=True),
        R("兴宾区", "451302"), R("象州县", "451322"), R("武宣县", "451323"),
        P("18.6%", 0.186), P("15.2%", 0.152), P("12.9%", 0.129),
        C("17家", 17, "institution"),
        P("20%以上", 0.2, qualifier="min"),
        D("4月底前", "--04", qualifier="until"),
        D("2025年4月15日前", "2025-04-15", qualifier="until"),
        C("2份", 2, "piece"),                       # 一式2份
        # 覃某: a surname (覃塘区 is 贵港's), nothing
        PH("0772-4218\n836", city="来宾市"),        # 0772-4218⏎836 (call 1); 0772 shared: the article's city 来宾
        PH("138 7720 5614"),
        # — 1 —: a page number
    ],
}
