from gold_lib import *

HB, SNJ, WH, YC, XY, XT, QJ, TM = ("420000", "429021", "420100", "420500", "420600", "429004", "429005",
                                   "429006")
SPEC = [
    R("湖北省", HB, in_org=True),                   # 湖北省医疗保障局关于…的通知 (headline)
    # 鄂医保函〔2025〕87号: a document number (鄂: a one-character abbreviation)
    # 各市、州、直管市医疗保障局: no place named
    R("神农架林区", SNJ, in_org=True),              # 神农架林区医疗保障局
    D("2025年", "2025"),                            # 《…药品目录(2025年)》: a year inside a title is a plain date (set 7)
    # 省政府, 我省: no place
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    D("2027年12月31日", "2027-12-31"),              # 协议有效期截至2027年12月31日: 截至 is a preposition before it
    C("11个", 11, "item"),                          # 共11个品种
    # 【1】…【11】: list numbers. 规格 fields (10mg×28片, 1.34mg/ml,1.5ml/支, 100mg/瓶, 50mg×6袋, 40mg(0.8ml)/支,
    # 27mg×180丸, 150mg(1.2ml)/支, 10mg×5片, 0.35g×24粒): pack specifications, no mentions (set 8 call 1)
    M("3.86元", 3.86),                              # 支付标准:3.86元/片: per tablet, no period (set 8 call 1)
    M("4.12元", 4.12),
    M("162.50元", 162.5),
    # 外显子19缺失, 外显子21(L858R): bare numbers in gene names, no mentions
    M("385.00元", 385),                             # 385.00元/支
    # 成人2型糖尿病: 2型 is a type, no mention
    M("623.00元", 623),                             # 623.00元/瓶
    T("6个月", 6, "month"),                         # 辅助化疗后6个月内: 内 is not a qualifier
    M("1.24元", 1.24),                              # 1.24元/袋
    M("1150元", 1150),                              # 1150元/支
    T("3个月", 3, "month"),                         # 治疗3个月后: 后 is a date word, not a duration qualifier
    T("12周", 12, "week"),                          # 首次处方限12周: 限 is not on the list
    # 二级及以上医疗机构: a hospital level
    M("0.09元", 0.09),                              # 0.09元/丸
    M("1276.00元", 1276),
    # 长效β2受体激动剂: β2, no mention
    T("12岁及以上", 12, "year", age=True, qualifier="min"),   # 及以上 is on the shared list
    T("不超过52周", 52, "week", qualifier="max"),
    M("2.58元", 2.58),
    T("35天", 35, "day"),                           # 最多支付35天: 支付 stands between 最多 and the number
    M("0.51元", 0.51),                              # 0.51元/粒
    # 说明 一、…五、: list numbers
    P("10%", 0.1),                                  # 先行自付10%
    # 三级医疗机构: a hospital level
    P("不低于85%", 0.85, qualifier="min"),
    M("300元", 300),                                # 起付标准300元; “双通道”: 通道 is a common word (guidelines)
    P("70%", 0.7),
    M("超过5万元", 50000, qualifier="min"),         # 累计超过5万元的部分
    P("80%", 0.8),                                  # 提高至80%
    R("武汉市", WH, in_org=True),                   # 武汉市、宜昌市、襄阳市等13个市州及仙桃市、潜江市、天门市医保部门:
    R("宜昌市", YC, in_org=True),                   # a list of places before one shared office word (医保部门); as the
    R("襄阳市", XY, in_org=True),                   # 主送 list of set 7 (and 天水市医保部门 in the guidelines), all in_org
    C("13个", 13, "item"),                          # 13个市州
    R("仙桃市", XT, in_org=True),
    R("潜江市", QJ, in_org=True),
    R("天门市", TM, in_org=True),
    D("2026年1月31日前", "2026-01-31", qualifier="until"),
    T("不少于7个工作日", 7, "workday", qualifier="min"),
    # 全省: no place
    DR("2025年1-10月", "2025-01", "2025-10"),
    M("约18.6亿元", 1860000000, qualifier="approx"),
    C("约46.3万人次", 463000, "person", qualifier="approx"),
    PH("027-87365210"),
    E("hbybyp@hubei-yb.example.cn"),
    # 附件:1.部分药品…(Excel版): a list number
    R("湖北省", HB, in_org=True),                   # signature 湖北省医疗保障局
    D("2025年12月15日", "2025-12-15"),
]
