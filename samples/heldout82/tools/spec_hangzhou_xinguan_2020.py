from gold_lib import *

HZ, ZJ = "330100", "330000"                         # 杭州市, 浙江省
SPEC = [
    R("杭州市", HZ, in_org=True),                   # 杭州市医疗保障局
    R("杭州市", HZ, in_org=True),                   # 杭州市财政局 (the heading is no 《title》)
    # 杭医保〔2020〕5号: a document number (杭 a one-character abbreviation)
    # 各区、县(市): no place
    R("杭州市", HZ, in_org=True),                   # 杭州市新型冠状病毒肺炎疫情防控工作领导小组指挥部 (call 6)
    # 一、… 七、: list numbers; 确诊和疑似患者, 先救治后结算: no numbers
    P("100%", 1),
    # 首批: no number
    M("1.2亿元", 120000000),
    R("浙江", ZJ, in_org=True),                     # 浙江大学医学院附属第一医院
    M("3000万元", 30000000),
    C("61家", 61, "institution"),
    # 《新型冠状病毒肺炎诊疗方案(试行第五版)》: a version (ordinal), no count, no place
    # 37.3℃ (NFKC 37.3°C): a temperature, no mention (call 3)
    T("14天", 14, "day"),
    D("2020年2月10日", "2020-02-10"),               # 截至…24时: 24时 an hour of the clock, the date only (call 2)
    C("169例", 169, "case"),
    C("42例", 42, "case"),
    M("1,863.5万元", 18635000),
    M("1,412.6万元", 14126000),
    P("75.8%", 0.758),
    M("2000元", 2000),                              # 不足2000元: 不足 is not on the qualifier list
    D("2020年1月22日起", "2020-01-22", qualifier="from"),
    # 有效期至疫情结束: no date
    PH("0571-87061234"),
    PH("12393"),
    E("ybjyq@example.gov.cn"),
    R("杭州市", HZ, in_org=True),
    R("杭州市", HZ, in_org=True),
    D("2020年2月11日", "2020-02-11"),
]
