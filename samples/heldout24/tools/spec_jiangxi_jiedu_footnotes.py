from gold_lib import *

JX, NC, GZ, JJ, JA = "360000", "360100", "360700", "360400", "360800"
# Footnote markers ①②③ become 1 2 3 under NFKC (`机制1`, `862.4万人2`, `2%3`, `1见《…》`): list/reference
# markers (set 5 call 1, set 7 feed-2), no mentions; they were placed so that none touches a number before it
# in a way that changes a mention (`万人2`, `%3` end after the unit).  注1/注2, (注1)/(注2): note labels, nothing.
# Cross references 第三条, 第五条第二款, 附件2: article/list numbers, nothing (no counts).
SPEC = [
    R("江西省", JX, in_title=True),                 # 《江西省职工…实施办法》: a programme's title, no org
    D("2025-04-22", "2025-04-22"),
    R("江西省", JX, in_org=True),                   # 来源:江西省医疗保障局
    D("2023年起", "2023", qualifier="from"),
    # 我省: no place
    D("2024年底", "2024", qualifier="approx"),
    C("862.4万人", 8624000, "person"),              # followed by the marker 2 (②)
    C("1860万人次", 18600000, "person"),
    # 按月划入: no number
    P("2%", 0.02),                                  # followed by the marker 3 (③)
    M("每月120元", 120, period="month"),
    # (注1), 第三条, 附件2: nothing
    # 一级及以下医疗机构: a level
    M("每年200元", 200, period="year"),
    P("70%", 0.7),
    P("10个百分点", 0.1, points=True),
    M("3000元", 3000),
    M("3600元", 3600),
    # 第五条第二款: nothing
    C("2次", 2, "time"),                            # 每年可办理2次: 每年 is no period of a count (set 7)
    D("2025年6月1日起", "2025-06-01", qualifier="from"),
    T("5年", 5, "year"),                            # 有效期5年
    R("南昌市", NC),
    R("赣州市", GZ),
    R("九江市", JJ),
    D("2025年12月31日前", "2025-12-31", qualifier="until"),
    # 注释: ①: marker; 《国务院办公厅…》: no place; 国办发〔2021〕14号: a document number
    D("2021年4月13日", "2021-04-13"),
    R("江西省", JX, in_org=True),                   # 江西省医疗保障局2024年统计公报
    D("2024年", "2024"),
    C("216.7万人", 2167000, "person"),
    P("25.1%", 0.251),
    D("2023年", "2023"),                            # ③该比例2023年为…: the marker does not touch the year
    P("2.5%", 0.025),
    P("0.5个百分点", 0.005, points=True),
    D("2024年", "2024"),                            # 注1:退休人员定额2024年为…
    M("每月100元", 100, period="month"),
    D("2025年", "2025"),
    M("每月120元", 120, period="month"),
    M("240元", 240),                                # 全年增加240元: 全年 is no period word, 增加 between
    R("赣州", GZ),
    R("吉安", JA),                                  # 吉安: the city (360800) over 吉安县 (city-over-county rule)
    # 中央苏区县: no place
    P("5个百分点", 0.05, points=True),
    P("不超过85%", 0.85, qualifier="max"),          # 但不超过85%
    PH("0791-86281234"),
]
