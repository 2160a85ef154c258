from gold_lib import *

SH, XZ, RKZ = "310000", "540000", "540200"           # 上海市; 西藏自治区; 日喀则市
SPEC = [
    # title 沪藏携手十一载: 沪 and 藏 are one-character abbreviations; 十一载: 载 is no duration unit
    R("上海市", SH),                                   # 上海市对口支援…情况报告: a topic (no 《》, no body)
    R("西藏日喀则市", RKZ),                            # chain → the city
    D("2025年", "2025"),
    R("西藏", XZ),                                     # 对口支援西藏工作
    R("上海市", SH),                                   # the helping side
    R("日喀则市江孜县", "540222"),                     # the helped counties: chain → the county
    R("亚东县", "540233"),
    R("拉孜县", "540225"),                           # 540226 as written (昂仁县): corrected by the maintainer
    R("定日县", "540223"),
    R("萨迦县", "540224"),
    # 五县 (here and below): 县 is no classifier, like 四市
    D("2025年", "2025"),
    R("上海市", SH, in_org=True),                      # 上海市医疗保障局
    # 第十批: an ordinal; 援藏: 藏 one character
    C("2名", 2, "person"),
    # 会同徐汇区: 会同 is a verb here (also 怀化's 会同县)
    R("徐汇区", "310104"), R("杨浦区", "310110"), R("宝山区", "310113"),
    R("闵行区", "310112"), R("嘉定区", "310114"),
    C("5个", 5, "item"),                               # 5个对口区
    # 不漏一人、不跑一趟: lone 一
    M("1860万元", 18600000),
    D("2024年", "2024"),
    P("14.5%", 0.145),
    R("江孜县", "540222"),
    M("620万元", 6200000),
    R("定日县", "540223"),
    M("480万元", 4800000),
    M("250万元左右", 2500000, qualifier="approx"),   # 其余三县各250万元左右: 三县 no count
    C("142个", 142, "item"),
    R("亚东县", "540233"),
    M("每年约360元", 360, period="year", qualifier="approx"),  # 人均每年约360元
    R("日喀则", RKZ),
    # 在沪: one character
    DR("2025年1月至9月", "2025-01", "2025-09"),
    C("1257人次", 1257, "person"),
    M("2134.6万元", 21346000),
    P("82%", 0.82),
    R("上海市", SH, in_org=True),                      # 上海市第六人民医院 (第六: an ordinal in the name; 六人 is no count)
    # 复旦大学附属中山医院: 中山 is part of a hospital's name, not 中山市 (call 8)
    R("日喀则", RKZ),                                  # “日喀则患者”专窗: a window's label, read as a topic (call 9)
    T("3天以内", 3, "day", qualifier="max"),
    R("萨迦县", "540224"),
    # 次仁多吉: a personal name
    R("上海", SH),
    M("18.7万元", 187000),
    M("2万元", 20000),                                 # 不到2万元: 不到 is not on the list
    # 沪日医保大讲堂: one-character abbreviations; 6期: 期 is no classifier
    R("桑珠孜区", "540202"),
    C("320人次", 320, "person"),
    C("12名", 12, "person"),
    R("上海", SH),
    T("3个月", 3, "month"),
    R("拉孜县", "540225", in_org=True),                # 拉孜县医保局 (540226 as written: corrected)
    # 普布: a personal name; 一张: lone 一
    T("半个月", 0.5, "month"),
    D("2026年3月底前", "2026-03", qualifier="until"),
    R("上海", SH),                                     # 上海—日喀则: two places joined by a dash
    R("日喀则", RKZ),
    P("3个百分点", 0.03, points=True),
    R("日喀则市", RKZ, in_org=True),                   # 日喀则市医保局; 旦增: a name
    PH("0892-8836215"),
    R("上海市", SH, in_org=True),                      # 上海市医保局援藏联络组
    PH("021-63157720"),
    R("上海市", SH, in_org=True),                      # 上海市人民政府合作交流办公室: 合作 is a common word
]
