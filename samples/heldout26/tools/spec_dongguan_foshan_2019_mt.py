from gold_lib import *

GD, DG, FS, NH, SDE = "440000", "441900", "440600", "440605", "440606"   # 广东省 东莞市 佛山市 南海区 顺德区
HY, NCH = "430400", "511300"                                              # 衡阳市(湖南) 南充市(四川)
# A machine-translated page: a space between every two words.  A space between a number and its unit
# (`30 日`, `百分之 70`, `60 万 元`) is inside the span (set 11 call 1: pangu spaces); 人民币元 is one
# unit word (call 3).  A period or qualifier word separated from the amount by a verb stays outside.
SPEC = [
    # English title: nothing
    R("东莞", DG),
    R("佛山", FS),
    D("2019年7月15日", "2019-07-15"),                # 更新于
    R("广东省东莞市", DG),                           # chain: the city
    R("佛山市", FS),
    # 1. … 6.: list numbers
    R("东莞", DG),
    T("30 日", 30, "day"),                           # 之日 起 30 日 内: 内 is not on the list
    R("佛山", FS),
    R("南海区", NH),
    R("顺德区", SDE),
    R("东莞", DG),
    P("百分之 2.3", 0.023),
    P("百分之 1.6", 0.016),
    P("百分之 0.7", 0.007),
    D("2019年", "2019"),
    M("28 人民币元", 28),                            # 每 月 大约 支付 28 人民币元: 每月/大约 do not touch (支付 between)
    R("佛山", FS),
    M("1 980 元", 1980),                             # 每 年 缴纳 1 980 元 人民币: a digit group, then the unit; 人民币 after it outside
    P("百分之 70", 0.7),
    M("一千 人民币元", 1000),                        # 每 年 最高 报销 是 一千 人民币元: 最高 does not touch
    P("百分之 80", 0.8),
    P("百分之 90", 0.9),                             # 百分之 80 到 百分之 90: two percents
    M("60 万 元", 600000),
    T("三 个月", 3, "month"),                        # 满 三 个月: 满 is not on the list
    T("三 个 月", 3, "month"),
    R("湖南省衡阳市", HY),
    R("四川省南充市", NCH),
    T("6 个 月", 6, "month"),
    R("东莞市", DG, in_org=True),                    # 东莞市社会保障局
    PH("0769-22110033"),                             # (周一 至 周五): weekdays, no date
    R("佛山市南海区", NH, in_org=True),              # 佛山市南海区医疗保障局
    PH("0757-86303366"),
    # 全国: no place
    PH("12333"),
    U("www.dg-migrant.example.com/yibao"),
    E("help@dg-migrant.example.com"),
    D("2019年8月", "2019-08"),
]
