from gold_lib import *

YC, HB, XL = "420500", "420000", "420502"            # 宜昌市, 湖北省, 西陵区
SPEC = [
    R("宜昌市", YC, in_org=True),                   # 宜昌市中心人民医院
    D("2025/10/08", "2025-10-08"),                  # 更新日期
    R("湖北省", HB, in_org=True),                   # 湖北省医疗保障局
    D("2025年10月1日起", "2025-10-01", qualifier="from"),
    # 单位:元/个(关节类为元/套): units with no number, nothing
    # table header; 序号 1…6: list numbers; 规格 3.0×18mm, 2.75×24mm, 2.5×15mm, 左/右 5号, 头径36mm, 4.5mm 8孔:
    # specifications (5号 a size, 8孔 孔 no classifier); 型号 TJ-2025-A, TJ-2025-B, QN-15, KJ-808, HJ-36C, GB-45-08: model
    # codes; 注册证号 国械注准2025313012x …: registration numbers (no phone, no date)
    M("698.00元", 698),                             # 698.00元/个: /个 is a classifier, no period
    M("712.50元", 712.5),
    M("256.00元", 256),                             # /根
    M("4,980.00元", 4980),                          # /套
    M("7,260.00元", 7260),
    M("1,150.00元", 1150),                          # 1,150.00元/块: 块 here is the plate's classifier (a 接骨板), not a second amount
    # 说明 1. … 5.: list numbers
    C("6个", 6, "item"),                            # 以上6个品种
    C("4家", 4, "institution"),
    M("约3.8万元", 38000, qualifier="approx"),
    M("15056.50元", 15056.5),
    P("约60%", 0.6, qualifier="approx"),
    # 每例手术: 例 with no number
    C("1-2个", {"min": 1, "max": 2}, "item"),      # 一般使用1-2个: one range, one classifier
    # 甲类: a class, nothing
    P("10%", 0.1),                                  # 先行自付10%后
    D("2025年9月30日前", "2025-09-30", qualifier="until", _nb=True),   # list number 3. touches it (as set 16's 1.2025年1月1日起)
    PH("0717-6482316"),
    PH("0717-6482000"),                             # 转8012: an extension, outside (set 18); 8:00-17:30 times
    PH("12345"),
    DR("2025年10月1日至2026年9月30日", "2025-10-01", "2026-09-30"),
    T("12个月", 12, "month"),
    C("2种", 2, "kind"),
    R("湖北省宜昌市西陵区", XL),                    # address chain → the district; 夷陵大道 a road (夷陵 no place), 183号, 邮编:443003 nothing
]
