from gold_lib import *

SX = "330600"
SPEC = [
    R("绍兴市", SX),                                 # title: 绍兴市调整… (the city as subject, no org word)
    D("2025年度", "2025"),                          # <b>2025</b>年度
    D("2024-11-20", "2024-11-20"),
    R("绍兴市", SX, in_org=True),                    # 来源:绍兴市医疗保障局 (市政府 alone: no place)
    D("2025年度", "2025"),
    R("绍兴市", SX),
    # 一、二、三、四、: section numbers
    D("2025年度", "2025"),
    M("每年2150元", 2150, period="year"),           # 每人每年<b>2</b><b>150</b>元<sup>[1]</sup>: 每人 is no period
    # 两档 / 一档 / 二档: 档 is no classifier, 一档 a lone 一
    M("每年690元", 690, period="year"),            # <span>6</span>90元
    M("每年1,050元", 1050, period="year"),
    M("每年不低于1100元", 1100, period="year", qualifier="min"),
    DR("2024年9月1日至12月31日", "2024-09-01", "2024-12-31"),   # four spans, one range
    P("70%", 0.7),                                   # 7<span>0</span>%
    P("80%", 0.8),                                   # <b>8</b>0%<sup>[2]</sup>: the mark is not part of it
    P("5个百分点", 0.05, points=True),
    M("30万元", 300000), M("35万元", 350000),      # 由…提高到…: two amounts; 最高支付限额 does not touch
    M("300元", 300),                                 # followed by <br>
    P("50%", 0.5),
    M("4000元", 4000),                               # 年度限额: 年度 is no period word of the list
    C("2类", 2, "kind"),
    P("60%", 0.6),                                   # 6<sup></sup>0%: an empty footnote tag inside
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    T("3年", 3, "year"),
    R("诸暨市", "330681"), R("上虞区", "330604"), R("柯桥区", "330603"), R("嵊州市", "330683"),
    D("2024年12月15日前", "2024-12-15", qualifier="until"),   # <br> cuts the sentence after 制定
    D("10月底", "--10", qualifier="approx"),
    C("218.4万人", 2184000, "person"),
    P("99.2%以上", 0.992, qualifier="min"),
    DR("1-9月", "--01", "--09"),                     # 今年 is not part of it
    M("43.6亿元", 4360000000),
    # footnotes [1] [2] [3]: marks, no numbers of anything
    M("每年80元", 80, period="year"),
    P("10个百分点", 0.1, points=True),
    M("最高40万元", 400000, qualifier="max"),
    PH("0575-85132098"),                             # <span>0575</span>-<span>85132098</span>; 8:30-17:00 times
    PH("12345"),
]
