from gold_lib import *

XM, MY, FC = "350200", "510700", "510703"          # 厦门市, 绵阳市, 涪城区
DOCS = {
    "heldout88-jsonl-1": [
        R("厦门", XM),                              # dateline-style title 厦门:
        M("约2000元", 2000, qualifier="approx"),     # 每只晶体省下约2000元: 只 is no classifier of the lists
        R("厦门市", XM, in_org=True),               # 厦门市医疗保障局
        D("2025年5月1日起", "2025-05-01", qualifier="from"),
        C("32家", 32, "institution"),
        P("58%", 0.58),
        M("480元", 480),
        C("3类", 3, "kind"),
        C("约2.1万片", 21000, "piece", qualifier="approx"),
        T("2年", 2, "year"),
        R("厦门", XM, in_org=True),                 # 厦门大学
        R("厦门", XM, in_org=True),                 # 附属厦门眼科中心
        DR("1-4月", "--01", "--04"),                # 今年1-4月
        C("4600余例", 4600, "case", qualifier="min"),
        T("78岁", 78, "year", age=True),
        # 视力只有0.2: visual acuity, a bare number
        M("1000元", 1000),                          # 不到1000元: 不到 is not on the list
        PH("0592-5312315"),
    ],
    "heldout88-jsonl-2": [
        R("绵阳市涪城区", FC),
        R("涪城区", FC, in_org=True),               # 涪城区卫生健康局
        D("2025年10月起", "2025-10", qualifier="from"),
        T("6-9岁", (6, 9), "year", age=True),
        # 第一恒磨牙: an ordinal (first permanent molar)
        M("50元", 50),                              # 每颗牙补助50元: 每颗 no period (补助 between anyway)
        C("最多4颗", 4, "piece", qualifier="max"),
        C("1.2万颗", 12000, "piece"),
        P("52.6%", 0.526),
        # 近视300度以上: degrees, nothing
        P("三分之一", 1/3),                         # 约占三分之一: 占 stands between
        T("3个月", 3, "month"),                     # 复查一次: a lone 一
        PH("0816-2253316"),
        R("江油市", "510781"),
    ],
}
