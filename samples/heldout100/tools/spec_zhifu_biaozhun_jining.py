from gold_lib import *

JN, SD, YZ, QF, ZC = "370800", "370000", "370812", "370881", "370883"   # 济宁市, 山东省, 兖州区, 曲阜市, 邹城市
SPEC = [
    R("济宁市", JN, in_org=True),                   # 济宁市医疗保障局关于…的通知 (no 《》)
    # 济医保发〔2025〕21号: a document number; 各县(市、区): no places
    R("山东省", SD, in_org=True, in_title=True),    # 《山东省医疗保障局关于…指导意见》
    D("2025年12月1日起", "2025-12-01", qualifier="from"),
    # 一、(一) …: section numbers
    M("700元", 700),                                # 支付标准为每个700元: 每 + 个 (a classifier) is no period
    M("不超过700元", 700, qualifier="max"),
    M("不超过8000元", 8000, qualifier="max"),       # 不超过8000元/套: /套 outside, no period
    # 一次性使用: lone 一
    C("17类", 17, "kind"),
    M("1500元", 1500),                              # 限价1500元: 限价 is not a qualifier
    # 乙类: a class
    P("10%", 0.1),                                  # 个人先行自付10%
    M("1万元以上", 10000, qualifier="min"),
    P("20%", 0.2),
    P("5个百分点", 0.05, points=True),
    C("不超过2个", 2, "item", qualifier="max"),
    C("超过2个", 2, "item", qualifier="min"),
    # 第3个起: an ordinal (第), nothing
    DR("2025年12月1日至2027年11月30日", "2025-12-01", "2027-11-30"),
    R("兖州区", YZ, in_org=True),                   # 兖州区、曲阜市、邹城市医疗保障局: a shared office word
    R("曲阜市", QF, in_org=True),
    R("邹城市", ZC, in_org=True),
    T("30个工作日", 30, "workday"),                 # 30个工作日内: 内 is not a qualifier
    PH("0537-2968351"),                             # 8:30-12:00, 13:30-17:00: times
    PH("12393"),
    # 附件:1.: a list number
    R("济宁市", JN),                                # 济宁市高值医用耗材医保支付标准目录: a place before a topic (no 《》)
    R("济宁市", JN, in_org=True),                   # signature
    D("2025年11月14日", "2025-11-14"),
]
