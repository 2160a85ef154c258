from gold_lib import *

MY, SC = "510700", "510000"                         # 绵阳市, 四川省
SPEC = [
    D("2024年", "2024"),                            # title
    R("绵阳市", MY),                                # 绵阳市医疗保障事业发展统计公报: a topic, not in_org
    D("2025-04-18", "2025-04-18"),                  # 发布时间 of the main article: a plain date; 10:30 a time
    R("绵阳市", MY, in_org=True),                   # 来源:绵阳市医疗保障局; 浏览次数:2417 a counter, nothing
    D("2024年", "2024"),
    R("四川省", SC, in_org=True),                   # 四川省委 (the provincial Party committee); 省政府 names no place
    D("2024年", "2024"),
    # 一、… 六、: list numbers
    D("2024年底", "2024", qualifier="approx"),      # 截至… (截至 is a preposition; 底 → approx)
    C("452.36万人", 4523600, "person"),
    P("95%以上", 0.95, qualifier="min"),
    C("107.82万人", 1078200, "person"),
    P("2.1%", 0.021),
    C("344.54万人", 3445400, "person"),
    P("1.3%", 0.013),
    C("78.15万人", 781500, "person"),
    C("29.67万人", 296700, "person"),
    # 在职退休比为2.63:1 (a ratio) and 较上年下降0.08 (no unit): nothing
    C("81.26万人", 812600, "person"),
    P("3.4%", 0.034),
    DR("2020—2024年", "2020", "2024"),             # year range with the Chinese range dash — (U+2014)
    T("5年", 5, "year"),                            # 连续5年
    P("95%以上", 0.95, qualifier="min"),
    # (一)…(三): list numbers
    D("2024年", "2024"),
    M("138.72亿元", 13872000000),
    P("4.6%", 0.046),
    M("124.05亿元", 12405000000),
    P("6.2%", 0.062),
    M("14.67亿元", 1467000000),
    M("186.3亿元", 18630000000),
    M("76.41亿元", 7641000000),
    P("5.2%", 0.052),
    M("64.38亿元", 6438000000),
    P("6.9%", 0.069),
    P("1.8个百分点", 0.018, points=True),
    M("97.6亿元", 9760000000),
    T("约为18.2个月", 18.2, "month", qualifier="approx"),   # 约为 is on the shared list
    M("62.31亿元", 6231000000),
    M("18.95亿元", 1895000000),
    M("43.36亿元", 4336000000),
    M("59.67亿元", 5967000000),
    P("5.4%", 0.054),
    M("2.64亿元", 264000000),
    M("每年不低于670元", 670, period="year", qualifier="min"),   # 每人每年不低于670元
    M("每年380元", 380, period="year"),
    C("2856.4万人次", 28564000, "person"),
    P("9.3%", 0.093),
    C("1987.2万人次", 19872000, "person"),
    C("312.6万人次", 3126000, "person"),
    C("86.9万人次", 869000, "person"),
    # 第一季度、第二季度: ordinals (a quarter is no date value); 上半年: the first half of the year (a name of a period), not the duration 半年
    C("21.4万人次", 214000, "person"),
    C("22.1万人次", 221000, "person"),
    C("43.5万人次", 435000, "person"),
    # 一季度 (the first quarter: lone 一, and no duration): nothing
    P("84.6%", 0.846),
    P("0.7个百分点", 0.007, points=True),
    P("70.2%", 0.702),
    M("7356元", 7356),
    P("2.8%", 0.028),
    M("4.82亿元", 482000000),
    C("9.6万人次", 96000, "person"),
    M("3.15亿元", 315000000),
    C("28.7万人", 287000, "person"),
    P("100%", 1),
    D("2024年12月31日", "2024-12-31"),              # 截至…
    # 医保定点: 保定 is no place here
    C("6218家", 6218, "institution"),
    C("2846家", 2846, "institution"),
    C("14家", 14, "institution"),                   # 三级医院 / 二级医院: grades, nothing
    C("71家", 71, "institution"),
    C("2761家", 2761, "institution"),               # 一级及以下医疗机构: a grade (及以下 qualifies no number)
    C("3372家", 3372, "institution"),
    C("126家", 126, "institution"),
    C("43家", 43, "institution"),
    # 第十批: an ordinal
    C("62个", 62, "item"),
    P("58%", 0.58),
    M("7.9亿元", 790000000),
    C("112.3万人次", 1123000, "person"),
    M("18.76亿元", 1876000000),
    P("82%左右", 0.82, qualifier="approx"),
    C("3105家", 3105, "institution"),
    C("1276家", 1276, "institution"),
    M("1.38亿元", 138000000),
    C("52例", 52, "case"),
    R("绵阳市", MY, in_title=True),                 # 《绵阳市欺诈骗取…实施细则》: a title of rules, not an organisation
    # (绵医保发〔2023〕27号): a document number; 第九条: an article number
    C("11人次", 11, "person"),
    M("8.6万元", 86000),
    M("最高2万元", 20000, qualifier="max"),        # 单笔最高2万元
    C("4个", 4, "item"),                            # 4个层级
    C("1436个", 1436, "item"),
    R("江油市", "510781"), R("三台县", "510722"), R("梓潼县", "510725"),
    P("超过85%", 0.85, qualifier="min"),            # 超过 is on the shared list (min)
    PH("0816-2231856"),                             # (工作日9:00-12:00、14:00-17:30): times of day
    PH("12393"),
    # 注:1. 2. 3.: list numbers; 四舍五入: no classifier; 中省驻绵: 绵 is a one-character abbreviation
    R("安州区", "510705"), R("北川羌族自治县", "510726"), R("平武县", "510727"),
    R("绵阳市", MY, in_org=True),                   # signature
    D("2025年4月18日", "2025-04-18"),
]
