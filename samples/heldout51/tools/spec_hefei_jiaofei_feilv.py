from gold_lib import *

HF, FX, CF, FD, LJ, CH = "340100", "340123", "340121", "340122", "340124", "340181"
SPEC = [
    R("合肥市", HF),                                # 合肥市2026年度…标准表: a place before a topic
    D("2026年度", "2026"),
    R("合肥市", HF, in_org=True),                   # 合肥市医疗保障局
    R("合肥市", HF, in_org=True),                   # 合肥市税务局
    D("2026-01-06", "2026-01-06"),
    R("合肥市", HF),                                # 合肥市区: like 抚顺市主城区, plain
    R("肥西县", FX),
    R("长丰县", CF),
    R("肥东县", FD),
    R("庐江县", LJ),
    R("巢湖市", CH),
    # 一、: section numbers; header row 项目 标准 说明: nothing
    M("4,752元/月", 4752, period="month"),
    D("2025年", "2025"),
    P("60%", 0.6),
    M("23,760元/月", 23760, period="month"),
    P("300%", 3.0),
    P("60%", 0.6),                                  # 60%~300%: two mentions (every % is its own)
    P("300%", 3.0),
    P("60%", 0.6),                                  # 60%-300%: two mentions
    P("300%", 3.0),
    P("百分之六十", 0.6),                           # 百分之六十至百分之三百: two mentions, like 70%至95%
    P("百分之三百", 3.0),
    # 二、费率 header: 单位:个人 (a column head); (统筹+个账): nothing
    P("7%", 0.07),
    P("2%", 0.02),
    P("9%", 0.09),
    # 7∶2 (U+2236 RATIO): a ratio of shares, no percent (call 2); — : empty cells
    M("8元/人·月", 8, period="month"),             # a monthly amount per person, the whole 元/人·月 in the span (call 7)
    P("0.5%", 0.005),
    P("0.5%", 0.005),
    P("0.15%", 0.0015),
    P("0.15%", 0.0015),
    P("0.3%", 0.003),
    # 1:1: a ratio, nothing (call 2)
    P("千分之五", 0.005),                           # 千分之五至千分之十二: two word fractions, like 百分之六十至百分之三百 (call 1)
    P("千分之十二", 0.012),
    P("1.5%", 0.015),
    # 三、说明 1.…6.: list numbers
    D("2025年", "2025"),
    P("0.5个百分点", 0.005, points=True),
    P("7.5%", 0.075),
    P("7%", 0.07),
    P("约6.7%", 0.067, qualifier="approx"),
    P("2%", 0.02),
    P("2%", 0.02),
    M("332.64元", 332.64),                          # 单位每月缴费332.64元: 缴费 stands between 每月 and the amount: no period
    M("95.04元", 95.04),
    M("1,663.20元", 1663.2),
    M("475.20元", 475.2),
    P("万分之五", 0.0005),                          # per ten thousand: a percent (call 1)
    P("0.5‱", 0.00005),
    # 的十倍: a multiple, nothing (call 4)
    P("5‱", 0.0005),
    D("每月15日前", "---15", relative_to="every_month", qualifier="until"),
    T("3个月以上", 3, "month", qualifier="min"),
    DR("2026年1月1日至12月31日", "2026-01-01", "2026-12-31"),
    D("2027年度", "2027"),
    PH("0551-62658800"),
    PH("12393"),
]
