from gold_lib import *

MY = "510700"                                       # 绵阳市
SPEC = [
    # 政府工作报告(摘录): no place
    D("2025年1月8日", "2025-01-08"),
    R("绵阳市", MY, in_org=True),                   # 绵阳市第八届人民代表大会 (set 17 call 9); 第八届, 第五次: ordinals
    R("绵阳市", MY, in_org=True),                   # 绵阳市人民政府市长: a government; 李国强 a person
    # (三): a list number
    # 过去一年: lone 一
    P("约70%", 0.7, qualifier="approx"),
    P("95%以上", 0.95, qualifier="min"),
    C("438.6万人", 4386000, "person"),
    C("2.3万人", 23000, "person"),
    M("每年670元", 670, period="year"),             # 每人每年670元
    M("每年400元", 400, period="year"),
    P("85%", 0.85),
    P("70%左右", 0.7, qualifier="approx"),
    M("1.5万元", 15000),
    P("不低于60%", 0.6, qualifier="min"),
    M("98.7亿元", 9870000000),
    P("6.8%", 0.068),
    M("2000元", 2000),                              # 每人2000元: 每 + a classifier is no period
    R("涪城区", "510703"),
    R("游仙区", "510704"),
    R("江油市", "510781"),
    R("三台县", "510722"),
    C("9个", 9, "item"),                            # 9个县市区
    C("3126家", 3126, "institution"),
    C("19.8万人", 198000, "person"),
    M("5620万元", 56200000),
    M("3.1亿元", 310000000),
    P("不低于70%", 0.7, qualifier="min"),
    # DRG: no number
    C("128家", 128, "institution"),
    T("8.2天", 8.2, "day"),
    M("30元", 30),                                  # 再提高30元
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    D("2026年度", "2026"),
    R("绵阳", MY, in_org=True),                     # “绵阳惠医保”: a product's name (like 深圳惠民保)
    C("80万人", 800000, "person"),                  # 突破80万人: 突破 is no qualifier
    # 新建: a verb (build new), not 新建区
    C("5个", 5, "item"),
    # 在城区: “the urban area”, no division name
    T("15分钟", 15, "minute"),                      # “15分钟服务圈”: the text is annotated wherever it stands
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    # 每一分钱: lone 一, 分 is no currency unit
]
