from gold_lib import *

LZ, NN, GX, SH = "450200", "450100", "450000", "310000"   # 柳州市, 南宁市, 广西, 上海市
SPEC = [
    R("柳州市", LZ, in_org=True),                   # 来源:柳州市医疗保障局
    D("2025-08-07", "2025-08-07"),
    # 问1…问6: question numbers
    R("柳州市", LZ),                                # 柳州市职工医保参保人: a place before a programme
    R("南宁", NN),
    R("广西", GX),                                  # 广西区内: 区内 is not part of it
    # 区内, 跨省, 外省: no places; 国家医保服务平台APP: no place
    PH("12393"),
    T("6个月", 6, "month"),
    R("柳州", LZ),                                  # 参保地为柳州的
    P("50%", 0.5),                                  # 起付线的50%: a share of the deductible
    # 三级医院: a level
    M("450元", 450),
    P("10个百分点", 0.1, points=True),
    R("上海", SH),
    T("3个月", 3, "month"),                         # 出院之日起3个月内
    R("柳州市", LZ, in_org=True),                   # 柳州市医保经办窗口: a place + office word
    R("鱼峰区", "450203", in_org=True),             # 鱼峰区、柳南区政务服务中心: both part of the centres' names
    R("柳南区", "450204", in_org=True),
    T("20个工作日", 20, "workday"),
    # 百万医疗险: part of a product type's name; 惠民保: 惠民 is a word, not 惠民县; “惠柳保”: 柳 one character
    D("2025年度", "2025"),
    M("69元", 69),                                  # 每人69元: 每 + classifier, no period
    M("超过1.5万元", 15000, qualifier="min"),
    P("70%", 0.7),
    M("100万元", 1000000),                          # 最高赔付100万元: 赔付 stands between
    T("24小时", 24, "hour"),                        # 住院满24小时: 满 is not a qualifier
    T("30天", 30, "day"),
    PH("0772-2863170", city="柳州市"),             # 0772 is shared by 柳州 and 来宾: the article's city
    # 8:00-12:00, 15:00-18:00: times of day
    U("https://ybj.liuzhou.example.gov.cn/zcjd/2025/0807.html"),   # the numbers in the URL are nothing
    R("柳州", LZ, in_org=True),                     # “柳州医保”微信公众号
]
