from gold_lib import *

SZ, GZ, ZH, LH, NS, HK = "440300", "440100", "440400", "440303", "440115", "810000"
# Written in Simplified with Cantonese words (喺, 嘅, 咗, 睇, 唔使, 俾), converted with `opencc -c s2hk.json`,
# then 系 → 係 by hand (the copula).  Offsets index the t2s-normalised text.
# 港人, 大湾区, 湾区 (湾区生活报), 内地, 港澳 (港澳居民): no places (set 1, set 3 call 12).
SPEC = [
    D("2025年3月18日", "2025-03-18"),              # 星期二: a weekday, nothing
    R("深圳", SZ),
    R("广州", GZ),
    R("珠海", ZH),
    C("三个", 3, "item"),                          # 三个城市
    R("深圳", SZ),                                 # 以深圳为例
    D("2025年度", "2025"),
    M("每年450元", 450, period="year"),            # 每人每年450元人民币: 人民币 after the unit is outside
    M("约490港元", 490, currency="HKD", qualifier="approx"),
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    M("195元", 195),                               # 每年只需要交195元: 每年 does not touch
    R("广州", GZ),
    M("每年470元", 470, period="year"),
    R("珠海", ZH),
    M("每年400元", 400, period="year"),
    R("深圳", SZ),
    P("70%", 0.7),
    # 一个年度: lone 一
    M("2万元", 20000),                             # 最高报销2万元: 报销 between
    # 一级医院, 三级医院: hospital levels
    P("90%", 0.9),
    P("75%左右", 0.75, qualifier="approx"),
    T("68岁", 68, "year", age=True),
    R("罗湖区", LH),
    R("香港", HK, in_org=True),                    # 香港大学深圳医院: both places in_org (set 1 call 7)
    R("深圳", SZ, in_org=True),
    T("10日", 10, "day"),                          # 住院10日
    M("3.2万元", 32000),
    M("2.4万元", 24000),
    M("大约8000元", 8000, qualifier="approx"),
    R("香港", HK),                                 # 香港私家医院: a description, not a name
    M("15万港元", 150000, currency="HKD"),          # 起码 is not on the shared list
    R("南沙区", NS),                               # 广州's district (not 南沙群岛): the article is about 广州/深圳/珠海
    # 每个月 (no number), 一个月 (lone 一)
    M("50元", 50),                                 # 唔使50元 ("less than"): not on the list
    R("香港", HK),
    DR("每年9月1日至12月31日", "--09-01", "--12-31", recurring="yearly"),
    D("1月1日起", "--01-01", qualifier="from"),     # 翌年 outside (set 1 call 9)
    T("3个月", 3, "month"),
    R("珠海市", ZH, in_org=True),                  # 珠海市医保局
    D("2025年2月底", "2025-02", qualifier="approx"),
    # 全市: no place
    C("1.36万名", 13600, "person"),
    P("18%", 0.18),
    R("深圳市", SZ, in_org=True),
    PH("0755-83125566"),
    PH("12393"),
    R("广州", GZ),                                 # 广州市民 = 广州 + 市民 (citizens): plain, the place is 广州 (call 5)
    PH("(020)83368812"),
]
