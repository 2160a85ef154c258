from gold_lib import *

BJ, SH, GD = "110000", "310000", "440000"          # 北京市, 上海市, 广东省
SPEC = [
    D("2025年", "2025"),                            # 2025年版国家医保药品目录: a year with 年 (版 is no qualifier)
    C("91种", 91, "kind"),
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    D("2025-12-05", "2025-12-05"),                  # 来源 line; 09:30 is a time of day
    # 本报讯(记者 王某): nothing
    D("12月4日", "--12-04"),
    # 国家医保局, 人力资源社会保障部: no place (资源 in 人力资源 is a common word, no place)
    D("2025年", "2025"),                            # 《…药品目录(2025年)》: a plain date (in_title is a region flag only)
    C("91种", 91, "kind"),
    C("28种", 28, "kind"),
    C("14种", 14, "kind"),
    C("19种", 19, "kind"),
    # 今年: a relative word, no date
    C("127种", 127, "kind"),
    C("97种", 97, "kind"),
    P("76.5%", 0.765),
    P("0.4个百分点", 0.004, points=True),          # 较上一年提高0.4个百分点 (上一年: the lone 一, no duration)
    P("63%", 0.63),                                 # 平均降价63%: 降价 is a verb outside
    T("两年", 2, "year"),                           # 未来两年: 两 is a numeral, not the lone 一
    M("约500亿元", 50000000000, qualifier="approx"),
    C("43种", 43, "kind"),
    C("3,159种", 3159, "kind"),                     # digit groups with a comma
    C("1,765种", 1765, "kind"),
    C("1,394种", 1394, "kind"),
    C("892种", 892, "kind"),
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    # 在全国: 全国 is no place; 各省份: no place
    D("2025年12月31日前", "2025-12-31", qualifier="until"),
    D("2018年以来", "2018", qualifier="from"),
    C("约950种", 950, "kind", qualifier="approx"),
    C("超过8.6亿人次", 860000000, "person", qualifier="min"),
    M("约20万元", 200000, qualifier="approx"),      # 每支约20万元: 每 + a classifier (支) is no period
    M("3.3万元", 33000),                            # 每支3.3万元: no period
    P("70%", 0.7),
    M("超过100万元", 1000000, qualifier="min"),     # 年均负担从超过100万元: 年均 is no period word
    M("约10万元", 100000, qualifier="approx"),
    # “双通道”: 通道 is a common word (also 湖南's 通道县), no place
    C("两个", 2, "item"),                           # 两个渠道 (三个 → 3 item in the guidelines)
    D("2025年10月底", "2025-10", qualifier="approx"),
    C("24.6万家", 246000, "institution"),
    R("北京", BJ),
    R("上海", SH),
    R("广东", GD),
    R("北京市", BJ, in_org=True),                   # 北京市医保局
    DR("2025年12月20日至12月31日", "2025-12-20", "2025-12-31"),
    # 国家医保服务平台APP: nothing
    R("湖南省", "430000"),                          # 以湖南省为例: a place before 为例, no org
    R("湖南省", "430000", in_org=True),             # 湖南省医疗保障局
    D("2025年", "2025"),
    # 全省: no place
    M("38.7亿元", 3870000000),
    P("21.4%", 0.214),                              # 同比增长21.4%
    C("126万人次", 1260000, "person"),
    R("长沙市", "430100"),
    R("株洲市", "430200"),
    R("湘潭市", "430300"),
    C("14个", 14, "item"),                          # 14个市州
    D("2026年1月1日", "2026-01-01"),                # 将于2026年1月1日同步切换: no qualifier touches
    T("3个月", 3, "month"),                         # 过渡期为3个月
    PH("12393"),
    PH("010-89061396"),
    U("www.nhsa.example.gov.cn"),
]
