from gold_lib import *

HN = "460000"                                       # 海南省
SPEC = [
    # (2025版): a product version, no date (a year needs 年)
    T("0-100周岁", (0, 100), "year", age=True),     # 投保年龄 (set 7 call 3); (含) outside
    T("1年", 1, "year"),                            # 保障期间:1年 (digit 1 is no lone 一)
    T("30天", 30, "day"),                           # 等待期:30天
    M("每年59元", 59, period="year"),               # 每人每年59元: 每人 is no period word
    M("每年69元", 69, period="year"),
    M("100万元", 1000000),
    # CAR-T: a therapy's name, no number
    M("50万元", 500000),
    M("0元", 0),                                     # 免赔额:0元 (set 24 call 13)
    P("60%", 0.6),
    P("100%", 1),
    C("120种", 120, "kind"),
    C("80种", 80, "kind"),
    U("https://lecheng.example.com/tzx"),
    # 1. 2. … list numbers; 一人投保: lone 一
    R("海南省", HN),                                # 海南省内19个市县: plain
    C("19个", 19, "item"),
    R("海南", HN),                                  # 海南博鳌乐城国际医疗旅游先行区: a zone, plain (set 24 call 2)
    T("3个工作日", 3, "workday"),                   # 3个工作日内: 内 is not a qualifier
    # 美国, 欧洲: no GB/T 2260 units
    M("约1.2万美元/月", 12000, currency="USD", qualifier="approx", period="month"),
    M("约9800欧元", 9800, currency="EUR", qualifier="approx"),
    T("35周岁", 35, "year", age=True),             # 【投保示例】
    # 一家3口人: 口 is no classifier (set 44); 一家 lone 一
    M("177元", 177),
    T("72岁", 72, "year", age=True),                # 已满72岁: 满 is no qualifier
    P("60%", 0.6),
    # 次日零时: no number
    T("30天", 30, "day"),
    M("0元", 0),
    R("海南省", HN, in_org=True),                   # 中国人寿财产保险股份有限公司海南省分公司 (中国: no unit)
    PH("95519"),
    PH("400-860-1234"),
    D("2025年12月31日", "2025-12-31"),              # 24时: a time of day
]
