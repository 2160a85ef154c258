from gold_lib import *

LZ, LB, YF, GX = "450200", "450205", "450203", "450000"   # 柳州市, 柳北区, 鱼峰区, 广西壮族自治区
SPEC = [
    R("柳州市", LZ, in_org=True),                   # 柳州市医疗保障局关于第三季度…的通报; 第三季度: an ordinal quarter
    D("2025年10月22日", "2025-10-22"),
    DR("2025年7-9月", "2025-07", "2025-09"),
    C("89家", 89, "institution"),
    C("6,412个", 6412, "item"),
    # 1,870套: 套 is no classifier (nothing)
    C("3,265件", 3265, "item"),
    M("1.27亿元", 127000000),
    P("41.6%", 0.416),                              # 同比下降: verbs outside
    D("2025年9月30日", "2025-09-30"),               # 截至 outside
    P("118.3%", 1.183),
    P("96.7%", 0.967),
    P("6.2个百分点", 0.062, points=True),
    P("72.4%", 0.724),
    P("75%", 0.75),                                 # (75%)
    P("2.6个百分点", 0.026, points=True),
    P("92%以上", 0.92, qualifier="min"),
    D("2024年", "2024"),                            # 较2024年同期
    P("约8个百分点", 0.08, points=True, qualifier="approx"),
    R("柳北区", LB),                                # 柳北区、鱼峰区各有1家医院: before counted institutions, plain
    R("鱼峰区", YF),
    C("1家", 1, "institution"),
    P("60%", 0.6),                                  # 低于60%: 低于 is not on the list
    M("2.1万元", 21000),
    M("0.38万元", 3800),
    M("约3.5万元", 35000, qualifier="approx"),
    P("45%左右", 0.45, qualifier="approx"),
    P("28.6%", 0.286),
    # 第四季度: an ordinal quarter
    DR("2025年11月10日至12月20日", "2025-11-10", "2025-12-20"),
    C("10家", 10, "institution"),
    D("每月10日前", "---10", relative_to="every_month", qualifier="until"),
    R("广西", GX, in_org=True),                     # “广西医保云”平台: a platform's name
    PH("0772-2856137", city="柳州市"),              # 0772 is shared by 柳州 and 来宾: the article's city
    E("lzyb_hc@example.com"),
    R("柳州市", LZ, in_org=True),                   # 柳州市工人医院
    R("柳州市", LZ, in_org=True),                   # 柳州市人民医院
    C("8家", 8, "institution"),
    P("超过110%", 1.1, qualifier="min"),
    R("柳州市", LZ, in_org=True),                   # signature
    D("2025年10月22日", "2025-10-22"),
]
