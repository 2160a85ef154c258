from gold_lib import *

BJ, TJ, SJZ = "110000", "120000", "130100"         # 北京市, 天津市, 石家庄市
CD, DY, MY, SC = "510100", "510600", "510700", "510000"   # 成都市, 德阳市, 绵阳市, 四川省
SZ, FT, NS, BA = "440300", "440304", "440305", "440306"   # 深圳市, 福田区, 南山区, 宝安区
DOCS = {
    "heldout55-ad-1": [
        # A/B测试 第2组: an ordinal
        T("35岁", 35, "year", age=True),
        M("1元", 1),                                # 每天不到1元: 不到 is no qualifier and separates 每天 (call 9)
        M("50万元", 500000),                        # 最高赔50万元: 赔 between
        P("180%", 1.8),                             # 最高可赔付基本保额的180%: not touching
        C("110种", 110, "kind"),
        # 一次性: lone 一
        C("25种", 25, "kind"),
        P("60%", 0.6),
        C("40种", 40, "kind"),
        P("30%", 0.3),
        C("3次", 3, "time"),                        # 最多赔3次: 赔 between
        T("60周岁", 60, "year", age=True),          # 60周岁前: 前 is a date word, not on the shared list
        P("80%", 0.8),
        T("0-55周岁", (0, 55), "year", age=True),
        T("70岁", 70, "year", age=True),
        T("10年", 10, "year"),                      # 缴费期10年/20年/30年
        T("20年", 20, "year"),
        T("30年", 30, "year"),
        T("30岁", 30, "year", age=True),
        M("30万元", 300000),
        T("20年", 20, "year"),                      # 20年缴
        M("约4560元", 4560, qualifier="approx"),
        T("70岁", 70, "year", age=True),
        M("约3180元", 3180, qualifier="approx"),    # 年缴约3180元: 年缴 is no period word
        R("北京市", BJ),
        R("天津市", TJ),
        R("河北省石家庄市", SJZ),
        U("https://m.example.com/zj/lp?id=2026ab"),
        R("北京", BJ, in_org=True),                 # 北京分公司
        PH("010-65889900"),
        D("2026年5月6日起", "2026-05-06", qualifier="from"),
        DR("2026年5月6日-5月31日", "2026-05-06", "2026-05-31"),
        M("每天8000元", 8000, period="day"),
    ],
    "heldout55-ad-2": [
        R("成都", CD),                              # 成都专属: a sales area, plain
        M("每月1.5元起", 1.5, period="month", qualifier="min"),   # 每月<strong>1.5</strong>元起
        M("每月3元", 3, period="month"),            # 原价每月3元 (<del>)
        M("300万元", 3000000),                      # <b>300</b>万元
        # <b>0</b>免赔: a bare 0
        M("最高600万元", 6000000, qualifier="max"),
        T("2小时", 2, "hour"),                      # 最快2小时: 最快 is not on the list
        C("1,286,530人", 1286530, "person"),
        P("98.7%", 0.987),
        # table head 年龄/月缴/年缴
        T("0-17周岁", (0, 17), "year", age=True),
        M("9.8元", 9.8),                            # 月缴 column: the column head is no period word touching
        M("108元", 108),
        T("18-40周岁", (18, 40), "year", age=True),
        M("1.5元起", 1.5, qualifier="min"),
        M("156元起", 156, qualifier="min"),
        T("41-60周岁", (41, 60), "year", age=True),
        M("38.6元", 38.6),
        M("425元", 425),
        DR("2026年6月1日至6月18日", "2026-06-01", "2026-06-18"),
        R("成都市", CD),
        R("德阳市", DY),
        R("绵阳市", MY),
        PH("028-61887766"),
        # ©2026: a bare year
        R("四川", SC, in_org=True),                 # 四川分公司
    ],
    "heldout55-ad-3": [
        D("2026年7月31日", "2026-07-31"),
        P("8.8折", 0.88),                           # a discount in digits: the share paid (call 10)
        M("200元", 200),                            # 最高可省200元: 可省 between
        U("www.example.org/xb"),
        PH("0755-83326655"),
        R("深圳", SZ),                              # (深圳)
        PH("400-606-5588"),
        # 回T退订: nothing
        R("深圳", SZ, in_org=True),                 # 深圳惠民保: a product's name (set 13); 惠民 is no place
        # "深惠保2026": 深 a one-character abbreviation, 2026 a bare number
        M("59元", 59),                              # 每人每年仅需59元: 仅需 separates 每年 (no period)
        M("200万元", 2000000),                      # 最高赔付200万元: 赔付 between
        D("2026年6月30日", "2026-06-30"),           # 截至: a preposition
        # 全市: no place
        C("超过520万人", 5200000, "person", qualifier="min"),
        R("福田区", FT),
        R("南山区", NS),                            # 深圳's (after 深圳), not 鹤岗's
        R("宝安区", BA),
    ],
}
