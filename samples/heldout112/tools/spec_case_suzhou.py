from gold_lib import *

SZ = "320500"                                        # 苏州市
KS = "320583"                                        # 昆山市
SPEC = [
    R("苏州市", SZ, in_org=True),                   # title: 苏州市医疗保障局通报…; 一起: lone 一
    D("2025-05-16", "2025-05-16"),                  # 发布时间 (main article: no role)
    R("苏州市", SZ, in_org=True),                   # 来源:苏州市医疗保障局
    # 浏览次数:4127: a counter, nothing
    R("苏州市", SZ, in_org=True),                   # 苏州市医保局
    # 会同 (a county's short name) is a verb here, 公安 (a county's short name) is part of 公安局: no places
    R("苏州市", SZ, in_org=True),                   # 苏州市公安局
    R("苏州市", SZ, in_org=True),                   # 苏州市市场监督管理局
    # 一起…案件, 一、二、: nothing
    D("2025年1月", "2025-01"),
    R("昆山市", KS),                                # 昆山市某药店: 某 names no body, not in_org
    DR("2024年10月至12月", "2024-10", "2024-12"),
    C("1,286个", 1286, "item"),
    R("姑苏区", "320508"),                          # 姑苏区、吴江区多家医院: counted institutions, not in_org
    R("吴江区", "320509"),
    # 81526734019283746501: a 20-digit trace code, nothing (not a phone, not a count)
    C("7次", 7, "time"),
    # 81526734019283746522: a code, nothing
    C("5次", 5, "time"),
    T("58岁", 58, "year", age=True),
    C("3家", 3, "institution"),
    C("2,340盒", 2340, "piece"),
    P("三至五成", {"min": 0.3, "max": 0.5}),         # one unit for both ends, as 30-40% (call 3)
    R("昆山市", KS),                                # 昆山市某药店 again
    M("约86.5万元", 865000, qualifier="approx"),
    M("62.3万元", 623000),
    # 国药准字S20220027: an approval number
    M("4,700元", 4700),                             # 每支进价4,700元: 每 + classifier, no period
    # 批号为2407A12: a batch number (its 2407 is no date form)
    R("苏州市", SZ, in_org=True),                   # 苏州市医保局
    M("62.3万元", 623000),
    # 3倍: 倍 is no unit, nothing
    M("186.9万元", 1869000),
    T("6个月", 6, "month"),
    C("4名", 4, "person"),
    D("2024年以来", "2024", qualifier="from"),
    C("312条", 312, "item"),
    C("47件", 47, "item"),
    M("1,850万元", 18500000),
    PH("0512-68616830"),
    M("10万元", 100000),                            # 最高可获10万元: 可获 stands between, no max
]
