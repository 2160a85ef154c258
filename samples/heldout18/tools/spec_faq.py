from gold_lib import *

FZ, XM = "350100", "350200"                         # 福州市, 厦门市
DOCS = {
    "heldout18-faq-1": [
        # 【知识库编号:FZYB-KB-1024】: an ID, nothing
        D("2025-03-18", "2025-03-18"),              # 【更新:2025-03-18】
        T("3个月以内", 3, "month", qualifier="max"),
        T("90天", 90, "day"),                       # 中断后90天内: 内 outside
        R("福州市", FZ, in_org=True),               # 福州市医疗保障基金中心
        T("超过3个月", 3, "month", qualifier="min"),
        T("6个月", 6, "month"),                     # 6个月等待期
        M("523.38元", 523.38),                      # 523.38元至2616.90元: two units, two mentions
        M("2616.90元", 2616.9),
        PH("0591-87654321"),                        # 转8001: an extension, outside (set 3 call 7); 8:30-17:30 times
    ],
    "heldout18-faq-2": [
        D("2025-03-21", "2025-03-21"),
        # 本市: no place
        R("福州市", FZ, in_org=True),               # 中国人民财产保险股份有限公司福州市分公司
        M("超过1.8万元", 18000, qualifier="min"),
        P("60%", 0.6),                              # 60%至80%: two
        P("80%", 0.8),
        M("40万元", 400000),                        # 年度最高支付40万元: 支付 between 最高 and the amount
        # “一站式”: a lone 一, nothing
        PH("95518"),                                # 95xxx: service
        PH("400-810-3266"),                         # toll_free
        PH("0591-87654321"),                        # 转8002 outside
        R("闽侯县", "350121"),                      # 闽侯县、福清市参保人: places before a noun, plain
        R("福清市", "350181"),
        # 当地医保中心: no place
    ],
    "heldout18-faq-3": [
        D("2025-04-02", "2025-04-02"),
        R("厦门", XM),                              # 长期住在厦门
        # “闽政通”: 闽 a one-character abbreviation
        T("1-3个工作日", (1, 3), "workday"),        # a range with one unit
        R("厦门市", XM),                            # 在厦门市定点医疗机构就医: a place before a generic noun, plain
        M("800元", 800),
        # 本地: no place
        P("5个百分点", 0.05, points=True),
        T("6个月", 6, "month"),                     # 备案满6个月后: 满 and 后 outside
        # 每天8:30-17:30: times of day
        PH("0591-87654321"),                        # 转8003 outside
        PH("12393"),
        T("2个工作日", 2, "workday"),               # 2个工作日内: 内 outside
    ],
}
