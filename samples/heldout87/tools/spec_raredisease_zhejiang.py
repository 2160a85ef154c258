from gold_lib import *

ZJ = "330000"                                       # 浙江省
SPEC = [
    R("浙江省", ZJ, in_org=True),                   # 浙江省医疗保障局 (title)
    # 各市, 省级: no names
    R("浙江省", ZJ, in_title=True),                 # 《浙江省罕见病用药保障机制实施方案》
    # 一、二、三、 and (一)(二)(三): list numbers
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    # 血友病A型: a disease subtype, nothing; (SMA) nothing
    C("45种", 45, "kind"),
    # 第三批罕见病目录: an ordinal, nothing
    C("12种", 12, "kind"),
    C("90余种", 90, "kind", qualifier="min"),       # 余 between number and unit → min
    C("6种", 6, "kind"),
    P("70%", 0.7),                                  # 按70%比例报销
    M("80万元", 800000),                            # 年度最高支付限额80万元: 最高 does not touch
    M("30万元以上", 300000, qualifier="min"),
    M("不超过10万元", 100000, qualifier="max"),
    P("5个百分点", 0.05, points=True),
    # 每支400单位: a dose (单位), nothing
    M("约4800元", 4800, qualifier="approx"),
    T("2周", 2, "week"),                            # 每2周用药1次: 每 before a number is no period for a duration
    C("1次", 1, "time"),
    M("约60万元", 600000, qualifier="approx"),
    M("约18万元", 180000, qualifier="approx"),
    M("约5.4万元", 54000, qualifier="approx"),
    # 人凝血因子Ⅷ (NFKC: VIII) and 每支250IU: a drug's name and dose, nothing
    D("2026年3月31日前", "2026-03-31", qualifier="until"),
    C("不少于2家", 2, "institution", qualifier="min"),
    T("3个月", 3, "month"),                         # 每3个月复评一次: 一次 is a lone 一
    T("12个月", 12, "month"),                       # 认定结果: 定结 (a county short name) straddles two words, nothing
    R("杭州市", "330100"),
    R("宁波市", "330200"),
    R("温州市", "330300"),
    C("11个", 11, "item"),                          # 11个设区市
    D("每月10日前", "---10", relative_to="every_month", qualifier="until"),
    # 上月: no number
    PH("0571-87056231"),
    E("hbyy@example.gov.cn"),
    R("浙江省", ZJ, in_org=True),                   # signature
    D("2025年12月18日", "2025-12-18"),
]
