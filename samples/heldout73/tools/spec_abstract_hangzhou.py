from gold_lib import *

HZ, ZJ, NB = "330100", "330000", "330200"         # 杭州市, 浙江省, 宁波市
SPEC = [
    # title: DRG付费改革 … 三级医院 (a grade); 杭州市 before a topic (the discharges): plain
    R("杭州市", HZ),
    DR("2019—2023年", "2019", "2023"),             # a year range with the Chinese dash U+2014
    # authors 王晓岚1, 陈立平1, 周明辉2: affiliation markers (bare digits), nothing
    # (1.浙江大学…: an affiliation list number
    R("浙江", ZJ, in_org=True),                     # 浙江大学公共卫生学院
    R("浙江", ZJ),                                  # affiliation address "浙江 杭州 310058": two fields (call 2)
    R("杭州", HZ),
    # 310058: a postcode; 2.杭州市…: a list number
    R("杭州市", HZ, in_org=True),                   # 杭州市医疗保障研究会
    R("浙江", ZJ),
    R("杭州", HZ),                                  # 310006: a postcode
    # 摘要 目的: (DRG) an abbreviation
    R("杭州市", HZ),                                # 杭州市三级医院: a place before a topic
    DR("2019年1月—2023年12月", "2019-01", "2023-12"),
    C("8家", 8, "institution"),
    C("12.6万例", 126000, "case"),                  # 样本量12.6万例
    DR("2019—2020年", "2019", "2020"),
    # n=51 208: a sample size with no unit, nothing (call 1)
    DR("2021—2023年", "2021", "2023"),
    # n=74 835: nothing; P<0.05: a p value, nothing (call 1)
    M("14 286元", 14286),                           # thousands grouped by a space (由 before it)
    M("12 953元", 12953),
    P("9.3%", 0.093),
    T("9.6天", 9.6, "day"),
    T("8.1天", 8.1, "day"),
    # t=12.47, P<0.001: statistics, nothing
    P("31.5%", 0.315),
    P("27.2%", 0.272),
    P("4.3个百分点", 0.043, points=True),
    T("60岁", 60, "year", age=True),                # ≥60岁: ≥ is no qualifier word (call 3)
    P("42.7%", 0.427),
    T("30天", 30, "day"),                           # 30天内: 内 is not a qualifier
    # OR=1.04: an odds ratio; 95%CI: the interval's name, no percent (call 1); 0.97~1.11 bounds; P=0.284: nothing
    C("3种及以上", 3, "kind", qualifier="min"),
    M("5万元", 50000),                              # (≥5万元): ≥ is no qualifier word (call 3)
    # OR=0.82, 95%CI 0.74~0.91: nothing (call 1)
    T("12个月", 12, "month"),                       # 随访12个月: a duration of follow-up
    # n=3 200: nothing; (86.4±7.2)分, (81.9±8.5)分: scores ± SD, no type (分 is a score; the unit is after the bracket)
    P("不超过5%", 0.05, qualifier="max"),
    T("2年", 2, "year"),                            # 每2年评估一次: 一次 a lone 一
    # 中图分类号 R197.1; 文章编号 1003-0743(2024)05-0031-05: an ISSN-based number, no date, no phone
    # DOI:10.13723/j.example.2024.05.007: an identifier, nothing
    # 国家自然科学基金 (72074187), 2023C35061: grant numbers
    R("浙江省", ZJ),                                # 浙江省软科学研究计划项目: a place before a programme, plain (call 6)
    # 王晓岚(1986—): a birth year with no 年, nothing
    R("浙江宁波", NB),                              # 浙江宁波人: a chain, the city
    E("zhoumh@example.edu.cn"),
    D("2024-01-18", "2024-01-18"),                  # 收稿日期
    D("2024-03-02", "2024-03-02"),                  # 修回日期
    # English abstract: Hangzhou (no Chinese name), 2019-2023 (no 年), 126 000 discharges, 8 tertiary hospitals:
    # no unit, nothing
    P("9.3%", 0.093),                               # "fell by 9.3%": a percent in an English sentence
    # (P<0.001): nothing
]
