from gold_lib import *

SD = "370000"                                        # 山东省
SPEC = [
    R("山东省", SD),                                # title: 山东省药品追溯码采集应用监测通报: a place before a topic
    # (2025年第1期): an issue number, the year is part of it (set 73): nothing
    R("山东省", SD, in_org=True),                   # 山东省医疗保障局
    D("2025年4月8日", "2025-04-08"),
    DR("2025年1-3月", "2025-01", "2025-03"),
    C("4.86亿条", 486000000, "item"),               # 条 is the item classifier: 亿条 is a count
    D("2024年", "2024"),                            # 2024年第四季度: 第四季度 an ordinal, the year a date
    P("37.2%", 0.372),
    C("3.12亿条", 312000000, "item"),
    C("1.74亿条", 174000000, "item"),
    C("4.2万家", 42000, "institution"),
    P("98.6%", 0.986),
    R("济南市", "370100"),
    C("6,820万条", 68200000, "item"),
    P("99.1%", 0.991),
    R("青岛市", "370200"),
    C("7,315万条", 73150000, "item"),
    P("99.4%", 0.994),
    R("临沂市", "371300"),
    R("菏泽市", "371700"),
    P("92.3%", 0.923),
    P("91.8%", 0.918),
    P("5个百分点以上", 0.05, points=True, qualifier="min"),
    C("1,207家", 1207, "institution"),
    P("80%", 0.8),                                  # 不足80%: 不足 is not on the qualifier list
    C("316家", 316, "institution"),
    T("3个月", 3, "month"),                         # 连续3个月
    P("60%", 0.6),                                  # 低于60%
    C("约2.3万条", 23000, "item", qualifier="approx"),
    M("1,568.4万元", 15684000),
    P("约0.05%", 0.0005, qualifier="approx"),
    C("11次", 11, "time"),                          # 最多被扫码11次: 被扫码 between, no max
    # 不足20位或超过20位, (仅15位), (21位): digits of a code, nothing;
    # "8100 2233 4455 667" (a code split by spaces) and "810022334455667788990": codes, not phones
    C("8,651条", 8651, "item"),
    D("2025年5月1日起", "2025-05-01", qualifier="from"),
    D("每月10日前", "---10", relative_to="every_month", qualifier="until"),
    T("2个月", 2, "month"),                         # 连续2个月; 后3位: a rank, nothing
    P("70%", 0.7),                                  # 低于70%
    T("1个月", 1, "month"),                         # digit 1, no lone 一
    R("淄博市张店区", "370303"),
    R("潍坊市寿光市", "370783"),
    D("6月底前", "--06", qualifier="until"),
    P("100%", 1),
    D("2025年4月30日前", "2025-04-30", qualifier="until"),
    # 省局医药服务管理处: no place
    PH("0531-68902173"),
    E("zsmjc@sdyb.example.gov.cn"),
]
