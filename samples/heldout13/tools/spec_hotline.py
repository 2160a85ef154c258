from gold_lib import *

JJ, XS, XY = "360400", "360424", "360403"          # 九江市, 修水县, 浔阳区
WZ, LC, AH_FY = "330300", "330302", "341200"        # 温州市, 鹿城区, 阜阳市
MY, FC, SC = "510700", "510703", "510000"          # 绵阳市, 涪城区, 四川省
# 工单编号 JJ12345-20250302-0417 …: a work-order ID, no phone (12345), no date inside it (set 5 call 11).
# 来电时间 14:23 …: times of day.  139****2816: a masked number, no phone (set 5 call 11).
DOCS = {
    "heldout13-hotline-1": [
        D("2025-03-02", "2025-03-02"),
        T("73岁", 73, "year", age=True),
        R("九江市修水县", XS),                        # a chain
        D("12月", "--12"),                            # 去年12月: 去年 outside (set 6 call 2)
        R("浔阳区", XY),                              # 浔阳区一家医院: a place before an unnamed hospital; 一家: lone 一
        T("12天", 12, "day"),                         # 住了12天院
        M("一万八千块左右", 18000, qualifier="approx"),
        P("六成", 0.6),                               # 六成多: 多 is not on the list (set 4 call 4)
        # 七千多: no unit, no money (set 9 call 6)
        P("七成", 0.7),
        R("九江市", JJ, in_org=True),                 # 办理单位:九江市医疗保障局
        R("修水县", XS),                              # 在修水县参保
        R("九江市", JJ),                              # 九江市中心城区: a place before an area word (抚顺市主城区);
                                                      # 城区 inside 中心城区 is a common word, not a 城区 of the gazetteer (阳泉, 晋城, 汕尾)
        # 三级医院: a hospital level; 市域内: no place
        P("65%", 0.65),
        M("1000元", 1000),
        D("2025年3月4日", "2025-03-04"),
        R("九江市", JJ, in_org=True),                 # 九江市医保局待遇保障科
        PH("0792-8226153"),
        D("2025年3月6日", "2025-03-06"),
    ],
    "heldout13-hotline-2": [
        D("2025-03-05", "2025-03-05"),
        R("温州", WZ),
        T("5年", 5, "year"),
        R("安徽阜阳", AH_FY),                         # a chain
        R("温州", WZ),
        # 每个月要交多少钱: no number
        M("两百块", 200),
        T("8岁", 8, "year", age=True),
        R("温州", WZ),
        R("温州市", WZ, in_org=True),                 # 温州市医疗保障局鹿城分局
        R("鹿城", LC, in_org=True),                   # 鹿城分局: the district's short name inside the office's name
        R("温州市", WZ),                              # 温州市居住证: a programme (福州市居住证), no org
        # 我市: no place
        D("2025年", "2025"),
        M("4,462元/月", 4462, period="month"),
        P("9.5%", 0.095),
        M("约424元", 424, qualifier="approx"),        # 每月应缴约424元: 每月 does not touch
        D("2025年度", "2025"),
        M("每年660元", 660, period="year"),
        R("鹿城区", LC),
        # 一方: lone 一
        PH("0577-88963021"),                          # (工作日8:30-12:00): times
    ],
    "heldout13-hotline-3": [
        D("2025-03-11", "2025-03-11"),
        R("涪城区", FC),                              # 涪城区某药店: anonymised (set 5 call 2)
        # 一瓶: lone 一
        M("八十八元", 88),
        M("三四百块", (300, 400)),                    # 每个人每月可以刷三四百块: 每月 does not touch; one range (set 4 call 5)
        R("绵阳市", MY, in_org=True),
        R("涪城区", FC, in_org=True),
        D("3月12日", "--03-12"),
        R("涪城区", FC, in_org=True),                 # 涪城区医保局; 会同: a verb; 区市场监管局: 区 alone no place
        DR("2024年10月至2025年2月", "2024-10", "2025-02"),
        # 137笔: 笔 is no classifier of the guidelines, no count
        M("5,326.8元", 5326.8),
        R("四川省", SC, in_title=True),               # 《四川省医疗保障基金使用监督管理实施办法》: a rule, no org
        # 2倍: a multiple, nothing
        M("10,653.6元", 10653.6),
        T("3个月", 3, "month"),
        M("500元", 500),
        PH("12345"),
        PH("0816-2225180"),
    ],
}
