from gold_lib import *

JB, JL, JLS = "500105", "220000", "220200"      # 江北区 (重庆), 吉林省, 吉林市
CY = "211300"                                   # 朝阳市 (辽宁)
PT, GL = "330903", "350102"                     # 普陀区 (舟山), 鼓楼区 (福州)
DOCS = {
    "heldout52-brief-1": [
        R("江北", JB),                          # title 江北:…: a bare short name (重庆's or 宁波's); the item's first line
                                                # names 重庆市江北区 and its phone is 023: 重庆's (call 3)
        R("重庆市江北区", JB, in_org=True),     # 重庆市江北区医疗保障局
        D("2025年9月1日起", "2025-09-01", qualifier="from"),
        R("江北区", JB),                        # 江北区职工医保参保人: a place before a programme
        D("8月底", "--08", qualifier="approx"), # 截至8月底
        C("2.8万人", 28000, "person"),
        M("3100万元", 31000000),
        R("江北区", JB, in_org=True),           # 江北区医保局
        C("5名", 5, "person"),                  # 每人最多可绑定5名: 可绑定 stands between 最多 and the count
        # 观音桥街道, 石马河街道: streets (街道), not units of divisions.tsv
        PH("023-67851234"),
        R("吉林", JL),                          # title 吉林:…: the short name of both 吉林省 and 吉林市; the item is
                                                # the province's (吉林省医疗保障局 follows): the province (call 3)
        D("2026年度", "2026"),
        R("吉林省", JL, in_org=True),           # 吉林省医疗保障局
        D("2026年度", "2026"),
        DR("2025年10月1日至12月31日", "2025-10-01", "2025-12-31"),
        M("每年400元", 400, period="year"),     # 每人每年400元
        R("吉林市", JLS),
        R("长春市", "220100"),
        # 两地参保人: 地 no classifier; "吉事办"APP: 吉 a one-character abbreviation
        R("吉林省", JL),                        # 吉林省内: 省内 after the full name; the province, plain
        M("每年700元", 700, period="year"),     # 不低于每人每年700元: 不低于 does not touch the amount
    ],
    "heldout52-brief-2": [
        R("朝阳", CY),                          # title 朝阳:…: 北京's 朝阳区, 长春's 朝阳区 or 辽宁's 朝阳市? The item
                                                # body names 辽宁省朝阳市 and the phone is 0421: the city (call 3)
        C("72种", 72, "kind"),
        R("辽宁省朝阳市", CY, in_org=True),     # 辽宁省朝阳市医保局
        C("60种", 60, "kind"),
        C("72种", 72, "kind"),
        P("80%", 0.8),
        R("朝阳县", "211321"),
        R("北票市", "211381"),
        R("凌源市", "211382"),
        D("2025年11月1日起", "2025-11-01", qualifier="from"),
        T("3年", 3, "year"),
        PH("0421-2812345"),
        U("www.example.com/cy-yibao"),
        R("北京朝阳区", "110105", in_org=True), # 另讯:北京朝阳区医保局: a chain, in an office's name
        # 京津冀: a region's name of three one-character abbreviations, no place
        C("超过1.2万家", 12000, "institution", qualifier="min"),
    ],
    "heldout52-brief-3": [
        R("普陀", PT),                          # <h2>普陀:…: 上海's or 舟山's? The item names 舟山市普陀区 and 0580 (call 3)
        R("舟山市普陀区", PT, in_org=True),     # 舟山市普陀区医保分局
        # 沈家门渔港: 沈家门 is a 街道 of 普陀区, not a unit of divisions.tsv
        C("3200余名", 3200, "person", qualifier="min"),
        T("15日", 15, "day"),                   # 返港后15日内: 内 is not on the list
        P("不低于75%", 0.75, qualifier="min"),
        PH("0580-3012345"),
        R("鼓楼", GL),                          # <h2>鼓楼:…: 福州's (福州市鼓楼区 and 0591 follow) (call 3)
        T("15分钟", 15, "minute"),              # “15分钟医保服务圈”: a programme's name, the number is still a duration
        R("福州市鼓楼区", GL),
        C("9个", 9, "item"),
        C("36个", 36, "item"),
        D("2025年", "2025"),                    # 2025年上半年: 上半年 is not a qualifier word of the guidelines
        C("4.5万件", 45000, "item"),
        R("鼓楼区", GL, in_org=True),           # 鼓楼区医保局
        PH("0591-87061234"),
        E("gl_yb@example.com"),
    ],
}
