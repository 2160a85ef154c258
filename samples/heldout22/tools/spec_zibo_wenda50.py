from gold_lib import *


def nb(d):
    """A mention right after a list number `N.`: the guard against starting inside a number is off."""
    d["_nb"] = True
    return d


ZB, SD = "370300", "370000"                          # 淄博市, 山东省
SPEC = [
    R("淄博", ZB, in_org=True),                      # header `淄博医保 | …`: an account's name before | (set 7, session 10)
    D("2026年", "2026"),
    # 50问: 问 is no classifier; (节选): nothing
    R("淄博市", ZB, in_org=True),                    # 来源:淄博市医疗保障局
    D("2026-01-06", "2026-01-06"),                   # 发布时间 (a plain date, set 1 call 8); 09:30 a time of day
    # 市医保局: 市 alone, no place
    C("50个", 50, "item"),
    C("28个", 28, "item"),
    # The list numbers 1. … 50. sit right before a number; the numbering decides (set 10 call 5, set 4 call 19)
    nb(D("2026年度", "2026")),                           # 1.2026年度
    M("每年400元", 400, period="year"),              # 每人每年400元 (set 1 call 2)
    M("每年不低于700元", 700, period="year", qualifier="min"),
    nb(DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31")),   # 2.2025年9月1日至…: 2. a list number
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    nb(P("70%", 0.7)),                                   # 3.70%
    P("70%", 0.7),
    M("300元", 300),
    nb(M("300元", 300)),                                 # 4.300元
    # 年底清零: 年底 has no number, no date
    nb(D("1月1日以后", "--01-01", qualifier="from")),    # 5.1月1日以后: not 5.1 (item 5 between 4 and 6)
    T("90天", 90, "day"),                            # 出生后90天内: 内 is not on the list
    nb(T("18周岁以下", 18, "year", age=True, qualifier="max")),    # 6.18周岁以下
    nb(T("60周岁以上", 60, "year", age=True, qualifier="min")),    # 7.60周岁以上
    # 一级医疗机构: a hospital level
    P("50%", 0.5),
    nb(T("3个月", 3, "month")),                          # 8.3个月
    T("3个月", 3, "month"),
    T("4年", 4, "year"),                             # 满4年后: 满 and 后 are not qualifiers (set 7, set 19 call 8)
    T("1年", 1, "year"),                             # 每多参保1年: digit 1 is no lone 一 (set 1 call 13)
    M("1万元", 10000),                               # 提高1万元
    nb(M("5000元以上", 5000, qualifier="min")),          # 9.5000元以上: not 9.5 thousand (item 9)
    # 二级医院: a hospital level
    M("500元", 500),
    M("500元", 500),                                 # 500元至5000元: two amounts, each with its unit (set 1 call 4)
    M("5000元", 5000),
    P("70%", 0.7),
    M("5000元以上", 5000, qualifier="min"),
    P("75%", 0.75),
    nb(T("15分钟", 15, "minute")),                       # 10.15分钟内: 内 is not on the list
    C("286个", 286, "item"),
    T("15分钟", 15, "minute"),                       # 城区基本实现15分钟可达: 城区 ("the urban area") is a common word, no place
    nb(PH("12393")),                                     # 11.12393: the list number 11. is not part of the service number
    PH("0533-3187216"),
    nb(D("2025年起", "2025", qualifier="from")),         # 12.2025年起
    nb(M("1.5万元", 15000)),                             # 13.1.5万元: item 13, then 1.5万元
    M("超过1.5万元", 15000, qualifier="min"),
    M("1.5万元", 15000),                             # 1.5万元至10万元: two amounts
    M("10万元", 100000),
    P("60%", 0.6),
    M("10万元以上", 100000, qualifier="min"),
    P("70%", 0.7),
    M("40万元", 400000),                             # 年度最高支付40万元: 最高 does not touch (支付 between)
    C("两类", 2, "kind"),                            # 14. 分为两类 (the list numbers 14. 17. 25. 50. stand before words: nothing)
    C("72种", 72, "kind"),
    nb(C("2次及以上", 2, "time", qualifier="min")),      # 15.2次及以上 (及以上 is on the shared list)
    # 第二次及以后: an ordinal
    P("50%", 0.5),
    nb(T("80周岁以上", 80, "year", age=True, qualifier="min")),    # 16.80周岁以上; 绿色通道: 通道 a common word (guidelines)
    C("24家", 24, "institution"),
    T("2年", 2, "year"),                             # 17. 有效期2年
    T("6个月", 6, "month"),
    nb(T("10个工作日", 10, "workday")),                  # 18.10个工作日
    T("10个工作日", 10, "workday"),                  # 10个工作日内: 内 outside
    nb(D("2026年6月30日前", "2026-06-30", qualifier="until")),     # 20.2026年6月30日前
    T("3个月", 3, "month"),
    nb(C("4类", 4, "kind")),                             # 23.4类
    M("200元", 200),                                 # 每人资助200元: 每人 is no period, 资助 between (set 14 call 7)
    M("100元", 100),
    # 25. 哪些区县: no place; the eight units are the subject (plain)
    R("张店区", "370303"),
    R("淄川区", "370302"),
    R("博山区", "370304"),
    R("临淄区", "370305"),
    R("周村区", "370306"),
    R("桓台县", "370321"),
    R("高青县", "370322"),
    R("沂源县", "370323"),
    nb(P("20%", 0.2)),                                   # 28.20%
    # 三级医院: a hospital level
    P("55%", 0.55),
    P("约20%", 0.2, qualifier="approx"),
    nb(C("1次", 1, "time")),                             # 31.1次住院: digit 1, a count (set 1 call 13)
    nb(D("2025年", "2025")),                             # 36.2025年
    D("2025年", "2025"),
    M("68.3亿元", 6830000000),
    P("5.6%", 0.056),
    nb(C("3.8万名", 38000, "person")),                   # 40.3.8万名: item 40, then 3.8万名
    D("2025年", "2025"),
    C("3.8万名", 38000, "person"),
    M("4.2亿元", 420000000),
    nb(T("365天", 365, "day")),                          # 42.365天
    R("山东", SD, in_org=True),                      # “爱山东”APP (set 5 call 9)
    R("淄博", ZB, in_org=True),                      # “淄博医保”微信公众号
    T("365天", 365, "day"),
    nb(P("0.5%", 0.005)),                                # 47.0.5%: item 47, then 0.5%
    P("0.5%", 0.005),
    P("0.2%", 0.002),
    PH("12345"),                                     # 12345政务服务便民热线
    E("zbyb_zixun@example.com"),
    R("淄博市", ZB, in_org=True),                    # (淄博市医疗保障局 整理)
]
