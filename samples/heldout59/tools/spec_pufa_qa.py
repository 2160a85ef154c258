from gold_lib import *

MY, FC, SC = "510700", "510703", "510000"           # 绵阳市, 涪城区, 四川省
LY, JXQ = "410300", "410305"                         # 洛阳市, 涧西区
YCH, XQ, NX = "640100", "640104", "640000"           # 银川市, 兴庆区, 宁夏回族自治区
DOCS = {
    "heldout59-pufa-1": [
        # 【医保普法小课堂】: no number
        R("绵阳市", MY, in_org=True),               # 来源:绵阳市医疗保障局
        D("2025-04-08", "2025-04-08"),              # 发布时间 … 09:30: the time is nothing
        # 第十九条, 第四十一条: cross-references
        T("3个月", 3, "month"),                     # 3个月至12个月: two units, two durations
        T("12个月", 12, "month"),
        # 2倍以上5倍以下: multiples, nothing
        D("2024年9月", "2024-09"),
        R("绵阳市涪城区", FC),                      # 绵阳市涪城区参保人王某: a chain before a person, plain
        C("3家", 3, "institution"),
        C("23次", 23, "time"),
        M("3,260元", 3260),
        M("3,260元", 3260),
        T("6个月", 6, "month"),
        # 2倍的罚款: a multiple
        M("6,520元", 6520),
        R("四川省", SC, in_title=True),             # 《四川省医疗保障基金使用监督管理办法》
        # 一定比例: no number
        M("最高20万元", 200000, qualifier="max"),   # 单笔奖励最高20万元
        PH("12393"),
        R("绵阳市", MY, in_org=True),               # 绵阳市医保局基金监管科
        PH("0816-2391234"),
    ],
    "heldout59-pufa-2": [
        # the html title: no number (以案释法)
        R("洛阳市", LY, in_org=True),               # 洛阳市医疗保障局 2025年6月12日 (byline)
        D("2025年6月12日", "2025-06-12"),
        # 第三十八条第(一)项: a cross-reference
        # <strong>1</strong>倍以上<strong>2</strong>倍以下: multiples, nothing
        T("6个月以上", 6, "month", qualifier="min"),   # <strong>6</strong>个月以上: the visible text is one run
        T("1年以下", 1, "year", qualifier="max"),
        D("2025年1月", "2025-01"),
        R("洛阳市涧西区", JXQ),                     # 洛阳市涧西区某医院: 某 names no body, plain
        DR("2024年7月至10月", "2024-07", "2024-10"),   # 间 outside
        C("41人次", 41, "person"),
        M("8.7万元", 87000),
        R("洛阳市", LY, in_org=True),               # 洛阳市医保局
        M("8.7万元", 87000),
        # 1倍的罚款: a multiple
        M("8.7万元", 87000),
        T("3个月", 3, "month"),
        C("2名", 2, "person"),
        # 记分12分: a score, nothing
        PH("0379-63281234"),
        M("10万元", 100000),                        # 最高可获10万元: 可获 between
    ],
    "heldout59-pufa-3": [
        R("银川市", YCH, in_org=True),
        D("2025-09-03", "2025-09-03"),
        R("兴庆区", XQ),                            # 兴庆区一家诊所: a place before a counted institution, plain; 一家: lone 一
        # 上个月: no number
        M("5万元", 50000),
        # 《中华人民共和国行政复议法》 and 《…行政诉讼法》: 共和 inside the state's name, nothing
        D("2024年1月1日起", "2024-01-01", qualifier="from"),
        # 1. 2. 3.: list numbers
        T("60日", 60, "day"),
        T("6个月", 6, "month"),
        T("15日", 15, "day"),
        M("1万元以上", 10000, qualifier="min"),
        M("10万元以上", 100000, qualifier="min"),
        R("宁夏回族自治区", NX),                    # 以宁夏回族自治区规定为准: the jurisdiction, plain
        T("5日", 5, "day"),
        P("3%", 0.03),
        PH("0951-5021234"),
        # (工作日9:00-17:00): times of day; 工作日 with no number
    ],
}
