from gold_lib import *

DX, TW, LX, GS = "621100", "621121", "621122", "620000"   # 定西市, 通渭县, 陇西县, 甘肃省
MC, HG = "421181", "421100"                              # 麻城市, 黄冈市
SS = "411623"                                            # 商水县
DOCS = {
    "heldout65-brief-1": [
        R("定西市", DX),                            # title: a place before a topic
        D("2025-03-06", "2025-03-06"),
        R("定西市", DX, in_org=True),               # 定西市医疗保障局
        T("3个月", 3, "month"),                     # 3个月内: 内 off the list
        # 当年度, 次日: no numbers
        T("超过3个月", 3, "month", qualifier="min"),
        P("50%", 0.5),
        P("不低于70%", 0.7, qualifier="min"),
        # 在定大中专院校: 定 (定西) is one character
        D("2025年度", "2025"),
        M("每年400元", 400, period="year"),         # 每人每年400元
        R("甘肃省", GS),                            # 甘肃省户籍: a place before a topic
        M("每年200元", 200, period="year"),         # 资助每人每年200元
        P("55%", 0.55),
        M("600元", 600),                            # 年度支付限额600元: 限额 off the list
        C("1.12万人", 11200, "person"),
        C("3.8万人", 38000, "person"),
        R("通渭县", TW),
        R("陇西县", LX),
        C("两所", 2, "institution"),
        P("99.6%", 0.996),
        PH("0932-8213306"),
    ],
    "heldout65-brief-2": [
        R("麻城市", MC),                            # title: a place before a topic
        D("2025年2月18日", "2025-02-18"),
        # 一、 list number; 上年度, 全省: no mentions
        P("60%", 0.6),                              # 60%至300%: two percents
        P("300%", 3),
        P("6%", 0.06),
        D("2025年", "2025"),
        M("4286元/月", 4286, period="month"),        # 月缴费基数下限为4286元/月: 下限 is not on the list
        T("25年", 25, "year"),                      # 满25年: a duration (digits, not 1900–2099)
        T("20年", 20, "year"),
        R("黄冈市", HG),                            # 在黄冈市实际缴费
        T("10年", 10, "year"),
        # 二、
        R("麻城", MC),                              # 在麻城工作: the short name of the county-level city
        M("400元", 400),                            # 每人每年缴费400元: 缴费 stands between
        # 港澳台居民: no places
        # 三、
        T("3个月以内", 3, "month", qualifier="max"),
        T("超过3个月", 3, "month", qualifier="min"),
        T("6个月", 6, "month"),
        R("麻城市", MC, in_org=True),               # 麻城市政务服务中心; 二楼: a floor
        PH("0713-2918650"),
        PH("17786526032"),
    ],
    "heldout65-brief-3": [
        R("商水县", SS),                            # title (h2): a place before a topic
        D("2025-01-22", "2025-01-22"),
        R("商水县", SS, in_org=True),               # 来源:商水县医疗保障局
        D("2025年1月1日起", "2025-01-01", qualifier="from"),
        R("商水县", SS),                            # 商水县对…实行: the county as actor, plain
        P("70%", 0.7),
        M("5万元", 50000),                          # 年度救助限额5万元
        # 上年度: no number
        P("10%", 0.1),
        P("65%", 0.65),
        M("3万元", 30000),
        T("80周岁", 80, "year", age=True),          # 年满80周岁: 年满 outside
        P("5个百分点", 0.05, points=True),
        D("2024年底", "2024", qualifier="approx"),  # 截至2024年底: 截至 outside
        C("1,286人", 1286, "person"),
        C("9,475人", 9475, "person"),
        PH("0394-5421806"),                         # link text; the tel: href is no text
        # 预览版本 2025-01-20 12:00: a <p style="display:none">, hidden, so no page text (guidelines,
        # General rules). normalize.py's VisibleText keeps it in normalized/; no mention here (README, Gold)
    ],
}
