from gold_lib import *

DOCS = {
    "heldout86-kx-1": [
        R("重庆市渝北区", "500112"),
        D("2026年2月底", "2026-02", qualifier="approx"),   # 截至: a preposition, outside
        R("渝北区", "500112"),
        C("1326张", 1326, "piece"),
        C("1.1万人次", 11000, "person"),
        M("500元", 500),                             # 每个周期: no period word
        M("300元", 300),
        P("5个百分点", 0.05, points=True),
        # 一级护理对象: a nursing grade, nothing
        C("两三家", {"min": 2, "max": 3}, "institution"),
        C("21个", 21, "item"),
        PH("023-67821234"),
    ],
    "heldout86-kx-2": [
        R("青岛市崂山区", "370212"),
        D("2026年4月1日起", "2026-04-01", qualifier="from"),
        R("崂山区", "370212"),
        M("每床日60元", 60, period="day"),
        M("900元", 900),                             # 每月最高支付900元: 支付 stands between (as 年度最高支付限额200元)
        C("1次", 1, "time"),                         # 每年1次: a count takes no period
        M("200元", 200),
        U("https://ybj.qingdao.example.gov.cn/news/2026/0401.html"),   # qingdao and numbers inside: nothing
    ],
    "heldout86-kx-3": [
        R("合肥市瑶海区", "340102"),
        T("65岁以上", 65, "year", age=True, qualifier="min"),
        DR("3月10日至5月31日", "--03-10", "--05-31"),
        R("瑶海区", "340102"),
        C("14家", 14, "institution"),
        C("13项", 13, "item"),
        C("8.2万人", 82000, "person"),               # 去年: relative, no number
        P("约68%", 0.68, qualifier="approx"),
        R("瑶海区", "340102", in_org=True),          # 瑶海区明光路社区卫生服务中心: 明光 is part of a road's name, not 明光市 (滁州)
        PH("0551-64212345"),
    ],
}
