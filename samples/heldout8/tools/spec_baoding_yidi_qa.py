from gold_lib import *

BD = "130600"                                       # 保定市 (河北省)
SPEC = [
    R("保定市", BD, in_org=True),                   # the page header: the office's name
    D("2025年", "2025"),                            # 服务指南(2025年版): a year with 年 (unlike set 7's bare `(2025版)`)
    # ——十问十答: 问 is no classifier
    D("2025年1月20日", "2025-01-20"),               # 发布时间 (set 1 call 8)
    R("保定市", BD, in_org=True),                   # 信息来源:保定市医疗保障局异地就医结算科
    # 【打印】【关闭】: nothing; 问1…问10: list numbers (labels of questions)
    # 跨省, 省份, 参保地, 就医地: no places; 医保定点 (保定 inside it): no place (set 2)
    D("2024年12月底", "2024-12", qualifier="approx"),
    C("17.6万家", 176000, "institution"),
    # 省内: no place; 我市: no place
    R("河北省", "130000"),                          # 河北省内 (set 5: 河南省内): the province, no in_org
    R("石家庄", "130100"),
    R("唐山", "130200"),
    R("廊坊", "131000"),                            # 等市: 市 is no classifier
    R("北京", "110000"),
    R("天津", "120000"),
    # 京津冀: one-character abbreviations (set 4 call 13)
    # ①②③ → 1 2 3 after NFKC: list markers (set 5 call 1)
    # “国家医保服务平台”APP, “国家异地就医备案”: no place
    R("河北", "130000", in_org=True),               # “河北医保”APP
    # “冀时办”: 冀 a one-character abbreviation
    DR("2025年1月28日至2月4日", "2025-01-28", "2025-02-04"),   # 春节期间(…)
    T("6个月", 6, "month"),                         # 备案后6个月内: 内 is not on the list
    T("6个月", 6, "month"),                         # 备案有效期为6个月
    # 多次: no number
    T("3个月", 3, "month"),                         # 最长不超过出院后3个月: 出院后 stands between (no qualifier)
    P("10个百分点", 0.1, points=True),
    P("20个百分点", 0.2, points=True),
    # 王某: a person
    R("北京市朝阳区", "110105"),                    # a chain (朝阳区 is also 长春's): 北京's
    # 某三级医院: a hospital grade
    M("8.6万元", 86000),
    M("7.2万元", 72000),
    M("1000元", 1000),
    P("85%", 0.85),
    M("约6.04万元", 60400, qualifier="approx"),     # (72000-1000)×85% = 60350, rounded
    # 省外, 全国: no places
    R("广东省深圳市南山区", "440305"),              # a chain down to the county (南山区 is also 鹤岗's)
    R("海南三亚", "460200"),
    R("海南省海口市", "460100"),
    R("云南西双版纳", "532800"),                    # 西双版纳: the prefecture's short name
    R("黑龙江哈尔滨", "230100"),                    # 哈尔滨等候鸟式: 等 ends the name
    C("5种", 5, "kind"),
    M("每年200元", 200, period="year"),             # 起付线为每年200元
    P("70%", 0.7),
    R("雄县", "130638"),                            # one character + 县
    R("容城县", "130629"),
    R("安新县", "130632"),
    # 雄安新区 (×2, also in 雄安新区公共服务局): not in divisions.tsv (a new area, no GB/T 2260 unit): no place
    # (set 5 call 7); its 雄 is no 雄县, and 安新 inside 雄安新区 is no 安新县 (part of a longer name)
    R("雄县", "130638"),                            # 所辖雄县: 辖 before it, a plain region
    R("容城县", "130629"),
    R("安新县", "130632"),
    PH("12393"),
    R("保定市", BD, in_org=True),                   # 保定市医保服务中心
    PH("0312-3086512"),
    # (工作日8:30-12:00,13:30-17:30): times of day; 工作日 without a number: no duration
    U("https://fuwu.nhsa.example.gov.cn"),          # the URL ends before 或
    R("河北省", "130000", in_org=True),             # 河北省医疗保障局网站
    U("http://ylbzj.hebei.example.gov.cn/ydjy/"),   # hebei inside the URL: no place
    R("涿州", "130681"),
    R("定州", "130682"),
    R("高碑店", "130684"),
    R("涿州市", "130681"),
    R("高碑店市", "130684"),                        # 本市: no place
    R("定州市", "130682"),
    R("定州市", "130682", in_org=True),             # 定州市医疗保障局
    PH("0312-2327315"),                             # 定州 uses 保定's area code 0312
]
