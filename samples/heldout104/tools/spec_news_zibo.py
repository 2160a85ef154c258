from gold_lib import *

ZB, SD = "370300", "370000"                         # 淄博市, 山东省
SPEC = [
    R("淄博", ZB),                                  # 淄博:2024年… headline dateline: plain
    D("2024年", "2024"),
    C("26.3万名", 263000, "person"),
    P("91.6%", 0.916),
    R("淄博", ZB, in_org=True),                     # 淄博日报: a newspaper
    D("2025-01-16", "2025-01-16"),                  # 09:30 a time
    R("淄博市", ZB, in_org=True),                   # 淄博市卫生健康委员会
    D("2024年", "2024"),
    C("26.3万名", 263000, "person"),
    T("35-64周岁", (35, 64), "year", age=True),
    # “两癌”: no count (两 + 癌, no classifier)
    C("13.5万人", 135000, "person"),
    C("12.8万人", 128000, "person"),
    P("103.2%", 1.032),
    P("101.6%", 1.016),
    C("312例", 312, "case"),
    C("187例", 187, "case"),
    P("91.6%", 0.916),
    D("2023年", "2023"),
    P("2.4个百分点", 0.024, points=True),
    P("11.8%", 0.118),
    # HPV16/18型: a virus type, no count
    P("约两成", 0.2, qualifier="approx"),
    R("张店区", "370303"),
    R("临淄区", "370305"),
    R("博山区", "370304"),
    C("超过3万人", 30000, "person", qualifier="min"),   # 均超过3万人: 超过 is on the shared list
    R("沂源县", "370323"),
    C("46个", 46, "item"),                          # 筛查点46个
    T("3年", 3, "year"),                            # 每3年免费查一次: 每 outside; 一次 lone 一
    R("桓台县", "370321", in_org=True),             # 桓台县妇幼保健院
    C("1.9万人", 19000, "person"),
    C("3例", 3, "case"),
    T("2周", 2, "week"),                            # 确诊后2周内
    # 一次性: lone 一
    M("1万元", 10000),                              # 每人一次性救助1万元
    D("2024年", "2024"),
    C("176名", 176, "person"),
    M("176万元", 1760000),
    R("山东省", SD, in_org=True),                   # 山东省妇联
    # “两癌”救助项目: no count
    R("淄博", ZB),                                  # 向淄博下拨
    M("50万元", 500000),
    R("淄博市", ZB),                                # 淄博市将…: the city as a whole, not an office's name
    T("69周岁", 69, "year", age=True),              # 年龄上限放宽至69周岁: 上限 does not touch
    D("2025年", "2025"),
    C("30万人以上", 300000, "person", qualifier="min"),
    P("90%以上", 0.9, qualifier="min"),
    D("11月", "--11"),                              # 去年11月: 去年 outside
    R("淄博市", ZB, in_org=True),                   # 淄博市妇幼保健院
    C("500余名", 500, "person", qualifier="min"),   # 余 → min
    PH("12320"),
    PH("0533-2186470"),
]
