from gold_lib import *

AQ, AH, QS = "340800", "340000", "340882"          # 安庆市, 安徽省, 潜山县 -> 潜山市 (撤县设市 2018)
SPEC = [
    # full-width digits and punctuation (NFKC makes them ASCII), U+3000 indents, ○ (U+25CB) and 〇 (U+3007)
    # both used as the zero of Chinese-numeral years
    R("安庆", AQ),                                  # 安庆新农合: a programme, not in_org
    M("7万元", 70000),                              # 最高可达7万元: 最高 does not touch it
    D("2010-07-05", "2010-07-05"),                  # ２０１０－０７－０５
    R("安徽", AH, in_org=True),                     # 安徽日报农村版: a newspaper
    R("安庆市", AQ, in_org=True),                   # 安庆市卫生局
    D("二○一○年七月一日起", "2010-07-01", qualifier="from"),
    # 新型农村合作医疗: 合作 is not a place
    M("5万元", 50000), M("7万元", 70000),
    R("安庆市", AQ),                                # 今年安庆市新农合: a programme
    M("150元", 150), M("120元", 120), M("30元", 30),
    C("412.6万人", 4126000, "person"),
    P("93.5%", 0.935),
    P("2.1个百分点", 0.021, points=True),
    M("100元", 100), P("65%", 0.65), P("75%", 0.75),
    M("300元", 300), P("50%", 0.5), P("60%", 0.6),
    M("600元", 600), P("45%", 0.45),
    P("70%左右", 0.7, qualifier="approx"),          # 提高到70%左右
    R("潜山县", QS, in_org=True, renamed_from="潜山县"),   # 潜山县卫生局 (2010: still a county)
    D("二○一○年起", "2010", qualifier="from"),
    C("20种", 20, "kind"),
    M("3000元", 3000),                              # 每人每年补偿限额为3000元: 每年 does not touch it
    DR("1至6月", "--01", "--06"),                   # 今年1至6月: yearless month range
    M("8642万元", 86420000),
    C("21.3万人次", 213000, "person"),
    D("二○一○年六月底", "2010-06", qualifier="approx"),   # 截至… (截至 is not part of it; 底 → approx)
    C("1260家", 1260, "institution"),
    R("怀宁县", "340822"),
    R("枞阳县", "340722"),                          # 2010: under 安庆; now under 铜陵 (the value follows the
                                                    # current divisions.tsv row, the name is unchanged)
    R("桐城市", "340881"),
    R("太湖县", "340825"), R("宿松县", "340826"), R("岳西县", "340828"),
    # 五保户, 低保户: nothing; 住院起付线减半: 减半 is not a percent
    D("二〇一二年", "2012"),
    M("300元左右", 300, qualifier="approx"),
    R("安徽省", AH),
    C("70个", 70, "item"),                          # 70个县(市、区)
    R("安庆市", AQ, in_org=True),                   # 安庆市卫生局
    T("3个月", 3, "month"),                         # 出院后3个月内
    PH("0556-5532106"),
]
