from gold_lib import *

HZ, CD, SC, WH, HB = "330100", "510100", "510000", "420100", "420000"   # 杭州市, 成都市, 四川省, 武汉市, 湖北省
DOCS = {
    "heldout28-tips-1": [
        # 医保小贴士 |: the channel's name (no place)
        R("杭州", HZ),                              # 杭州职工医保家庭共济: a place before a programme
        R("杭州市", HZ),                            # 杭州市职工医保参保人
        # 本行App "医保服务": no place
        DR("2025年6月1日至6月30日", "2025-06-01", "2025-06-30"),
        M("最高10元", 10, qualifier="max"),         # 最高10元立减金
        C("1次", 1, "time"),                        # 每位客户限领1次: 每位 + a classifier, no period (counts take none)
        C("3000个", 3000, "item"),                  # 名额共3000个
        # 当年: no date
        M("不超过2000元", 2000, qualifier="max"),   # 单笔共济支付不超过2000元: 单笔 no period
        PH("95588"),                                # 客服热线95588 (95xxx: service)
    ],
    "heldout28-tips-2": [
        R("成都市", CD),                            # 成都市城乡居民医保2026年度缴费: a place before a programme
        D("2026年度", "2026"),
        DR("2025年9月1日-12月31日", "2025-09-01", "2025-12-31"),
        M("每年400元", 400, period="year"),         # 每人每年400元: 每人 is no period (set 1 call 2)
        # 低保对象、特困人员: nothing
        M("400元", 400),                            # 缴费满400元: 满 is not on the shared list
        M("1-5元", (1, 5)),                         # 随机立减1-5元: one unit, one range mention
        C("500份", 500, "piece"),                   # 每日限量500份: 份 (piece); counts take no period
        R("四川省", SC),                            # 四川省外就读: 外 outside (省外 alone would be no place)
        R("成都", CD),                              # 成都籍大学生
        D("2026年1月1日起", "2026-01-01", qualifier="from"),
        T("3个月", 3, "month"),                     # 3个月等待期
        PH("95533"),
        R("成都市", CD),                            # 成都市医保服务热线: a hotline (a programme), no office word (set 7 call 5)
        PH("028-61889000"),
    ],
    "heldout28-tips-3": [
        R("武汉", WH),                              # 武汉长期护理保险知多少: a place before a programme
        R("湖北省武汉市", WH),                      # a chain: the city
        M("每床日60元", 60, period="day"),          # 机构护理每床日60元: a daily rate
        M("每月1500元", 1500, period="month"),
        P("约七成", 0.7, qualifier="approx"),
        DR("2025年10月8日至10月31日", "2025-10-08", "2025-10-31"),
        R("江汉区", "420103"),                      # after 武汉市 (not another city's)
        R("江岸区", "420102"),
        M("不超过88元", 88, qualifier="max"),
        C("200名", 200, "person"),                  # 共设200名 (prizes for 200 people)
        PH("95599"),                                # 95599转3: 转3 is an extension (not part of the number)
    ],
}
