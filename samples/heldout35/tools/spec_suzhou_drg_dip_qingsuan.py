from gold_lib import *

SZ, AH = "341300", "340000"                      # 宿州市, 安徽省
DS, XX, YQ, LB, SX = "341321", "341322", "341302", "341323", "341324"   # 砀山县, 萧县, 埇桥区, 灵璧县, 泗县
SPEC = [
    R("宿州市", SZ, in_org=True),                    # 宿州市医疗保障局
    R("宿州市", SZ, in_org=True),                    # 宿州市财政局
    D("2024年度", "2024"),                          # title
    D("2025年度", "2025"),
    # 宿医保发〔2025〕9号: a document number; 宿 is a one-character abbreviation
    # 各县(区): no place
    R("安徽省", AH, in_title=True),                  # 《安徽省DRG/DIP支付方式改革三年行动计划实施方案》
    T("三年", 3, "year"),                           # 三年行动计划 (set 12 call 1, set 23 call 4)
    R("宿州市", SZ, in_title=True),                  # 《宿州市按病组(DRG)付费经办规程(试行)》
    D("2024年度", "2024"),
    D("2025年度", "2025"),
    D("2024年度", "2024"),                          # 一、2024年度清算结果
    D("2024年度", "2024"),                          # (一)基金总额。2024年度全市…
    M("38.62亿元", 3862000000),
    M("11.47亿元", 1147000000),
    M("27.15亿元", 2715000000),
    C("64家", 64, "institution"),
    C("23家", 23, "institution"),
    C("51.8万例", 518000, "case"),
    # CHS-DRG 1.1版: a version (set 4 call 3)
    C("628个", 628, "item"),                        # 628个病组
    C("571个", 571, "item"),                        # 稳定病组571个
    D("2024年度", "2024"),
    M("11860元", 11860),                            # 基础费率 (a rate per unit of weight, written with 元: money)
    M("9420元", 9420),
    # HC39: a group code; 权重1.0824: a weight, no unit
    M("9420元", 9420),                              # 1.0824×9420元=10196.21元 (formula: each amount with 元, set 8 call 6)
    M("10196.21元", 10196.21),
    M("0.0856元", 0.0856),                          # 点值为0.0856元/分: /分 (per point) outside, no period (call 1)
    M("0.0812元", 0.0812),                          # 0.0812元/分
    P("5.4%", 0.054),                               # 上浮5.4%
    M("0.0856元", 0.0856),                          # 每分值0.0856元: 每分值 is no period word
    R("砀山县", DS),                                 # 砀山县、萧县两个县域医共体: place before a counted body, plain
    R("萧县", XX),
    C("两个", 2, "item"),
    M("0.0791元", 0.0791),                          # 0.0791元/点: /点 outside (call 1)
    M("0.0803元", 0.0803),
    P("10%以内", 0.1, qualifier="max"),              # 结余率在10%以内(含)
    P("70%", 0.7),
    P("超过10%", 0.1, qualifier="min"),
    P("50%", 0.5),
    P("8%", 0.08),                                  # 最高不超过该院…的8%: the qualifier does not touch
    P("10%以内", 0.1, qualifier="max"),
    P("60%", 0.6),
    P("超过10%", 0.1, qualifier="min"),
    D("2024年度", "2024"),
    C("47家", 47, "institution"),
    M("1.36亿元", 136000000),
    C("9家", 9, "institution"),
    M("2870万元", 28700000),
    C("3126例", 3126, "case"),
    C("2718例", 2718, "case"),
    P("86.9%", 0.869),
    M("4312.6万元", 43126000),
    D("2025年度", "2025"),                          # 二、2025年度月度预拨
    D("2025年1月起", "2025-01", qualifier="from"),    # 自…起: 自 outside
    P("90%", 0.9),                                  # 月均统筹基金结算额的90%
    D("次月10日前", "---10", relative_to="next_month", qualifier="until"),
    # 考核得分90分以上: a score (guidelines: 200分), nothing
    P("95%", 0.95),
    DR("2025年1-11月", "2025-01", "2025-11"),
    D("12月", "--12"),                              # 12月暂停预拨
    P("5%", 0.05),
    D("6月30日前", "--06-30", qualifier="until"),     # 次年 outside (set 2 call 8)
    R("埇桥区", YQ),                                 # 埇桥区、灵璧县、泗县的县域医共体: 的 between, plain
    R("灵璧县", LB),
    R("泗县", SX),
    M("1.2亿元", 120000000),                         # 每月预拨1.2亿元: the verb 预拨 stands between, no period (set 2 call 6)
    D("2025年3月31日前", "2025-03-31", qualifier="until"),
    # 每年调整一次: lone 一
    P("不超过5%", 0.05, qualifier="max"),
    P("40%", 0.4),
    # 3倍: a multiple (set 4 call 3), nothing
    PH("0557-3021648"),
    PH("0557-3021652"),
    E("szybdrg@example.com"),
    # 附件1, 附件2: attachment numbers
    D("2024年度", "2024"),
    D("2025年度", "2025"),
    R("宿州市", SZ, in_org=True),
    R("宿州市", SZ, in_org=True),
    D("2025年2月14日", "2025-02-14"),
]
