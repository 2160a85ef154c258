from gold_lib import *

YC, JX = "360900", "360000"                         # 宜春市, 江西省
SMS = R("宜春", YC, in_org=True)                    # 【宜春医保】: an SMS sender's signature (set 3 call 14)
SPEC = [
    R("宜春市", YC),                                # the title line: a place before a topic
    D("2026年度", "2026"),
    # 各县市区: no place
    R("宜春市", YC, in_org=True),                   # 宜春市医疗保障局办公室
    D("2025年9月5日", "2025-09-05"),                # 印发 is no qualifier (set 2 call 7)
    # 1.模板 / 2.每条 / 3.发送: list numbers; { } placeholders
    C("不超过70个", 70, "item", qualifier="max"),   # 不超过70个字: 个 touches (set 1's 16个市 → 16个)
    # 每天9:00-20:00: times of day
    # 模板一 … 模板六: labels
    SMS,
    D("2026年度", "2026"),
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    M("每年400元", 400, period="year"),             # 每人每年400元 → 每年400元 (set 1 call 2)
    # “赣服通”: 赣 is a one-character abbreviation
    R("江西", JX, in_org=True),                     # “江西税务”微信公众号
    PH("0795-3995123"),                             # 退订回T: nothing
    SMS,
    # {人数}人: a placeholder, no number
    D("2026年度", "2026"),
    T("15天", 15, "day"),
    D("12月31日后", "--12-31", qualifier="from"),
    T("3个月", 3, "month"),
    PH("12393"),
    SMS,
    D("2026年度", "2026"),
    M("400元", 400),
    D("2025年10月8日", "2025-10-08"),
    DR("2026年1月1日至2026年12月31日", "2026-01-01", "2026-12-31"),
    U("https://t.example.cn/Yc26jF"),              # a short link in an SMS
    SMS,                                            # 李某某: a person
    D("2026年度", "2026"),
    P("70%", 0.7),
    P("50%", 0.5),
    R("袁州区", "360902", in_org=True),             # 袁州区医保局电话
    PH("0795-3568201"),
    SMS,
    D("2025年1月1日起", "2025-01-01", qualifier="from"),   # 我市: no place
    M("300元", 300),
    P("65%", 0.65),
    P("70%", 0.7),
    M("3500元", 3500),
    SMS,
    # 本月: no date; {金额}元: a placeholder, no number
    D("每月25日前", "---25", relative_to="every_month", qualifier="until"),
    T("超过3个月", 3, "month", qualifier="min"),
    # 签名对照表: each county-level unit as a row label (plain, set 5 call 4), then its sender signature (in_org)
    R("袁州区", "360902"),
    R("袁州", "360902", in_org=True),
    R("樟树市", "360982"),
    R("樟树", "360982", in_org=True),
    R("丰城市", "360981"),
    R("丰城", "360981", in_org=True),
    R("高安市", "360983"),
    R("高安", "360983", in_org=True),
    R("万载县", "360922"),
    R("万载", "360922", in_org=True),
    R("宜丰县", "360924"),
    R("宜丰", "360924", in_org=True),
    D("2025年11月30日", "2025-11-30"),              # 截至: a preposition outside
    C("286.4万条", 2864000, "item"),                # 全市: no place
    P("98.7%", 0.987),
    C("0件", 0, "item"),                            # 投诉0件 (set 26's `0次`)
]
