from gold_lib import *

SY, LN, TX, HN, HEB, TL, SB = "210100", "210000", "210106", "460000", "230100", "211200", "210113"
# 沈阳市, 辽宁省, 铁西区 (沈阳's), 海南省, 哈尔滨市, 铁岭市, 沈北新区
SPEC = [
    # 抖音 @老王唠医保: the account's handle has no place
    R("沈阳", SY),                                  # 标题: 沈阳大爷: a place before a person (origin), plain
    # #医保 #东北话 #老铁: hashtags; 东北 is no unit
    D("2025-11-03", "2025-11-03"),                  # 发布时间; 19:42 a time
    R("辽宁", LN),                                  # IP属地:辽宁: a province alone
    # 点赞2.1万 评论3856 收藏1.2万: counters with no unit, nothing; [mm:ss] caption marks: positions (set 42 call 9)
    R("沈阳铁西", TX),                              # a chain: 铁西区 of 沈阳 (鞍山 and 四平 have one too)
    # 今年六十七了: no unit (no 岁), nothing
    T("三十五年", 35, "year"),                      # 干了三十五年: a duration (Chinese numerals, not a year)
    # 医大一院: an abbreviated hospital name with no place; 二十来天: 来 between the numeral and the unit (call 5);
    # 小十万: 万 with no 元 or 块, nothing
    M("九万六千八百块", 96800),
    M("七万二千多块", 72000, qualifier="min"),      # 多 between the number and its unit → min
    # 两万四千来块: 来 between (call 5, set 10 call 7), nothing
    R("沈阳", SY),                                  # 咱沈阳城乡居民医保: a place before a programme
    D("2026年度", "2026"),
    M("每年四百块", 400, period="year"),            # 每人每年四百块 (set 1 call 2)
    M("二十块", 20),
    DR("2025年9月1日到12月31日", "2025-09-01", "2025-12-31"),
    T("70周岁以上", 70, "year", age=True, qualifier="min"),
    M("五十块", 50),                                # 每人每年补五十块: 补 between the period word and the amount: no period
    # 俩孩子 (twice): 俩 before a noun, no classifier: nothing (call 6); 一个 ×3, 一个价: lone 一; 也是四百: no unit
    M("八百块", 800),
    P("2%", 0.02),
    P("7.5%", 0.075),
    T("30年", 30, "year"),                          # 交满男30年: 满 is not a qualifier, 男 before
    T("25年", 25, "year"),
    # 在咱这疙瘩 (here): no place
    P("百分之九十", 0.9),
    P("百分之七十五", 0.75),
    P("百分之六十五左右", 0.65, qualifier="approx"),
    M("一千块", 1000),
    # 一年最多给报两千块: 一年 lone 一; 最多给报: 给报 between, so 最多 does not touch
    M("两千块", 2000),
    P("五成", 0.5),
    # 一次去看病: lone 一; 百把块: 把 ("about") between the numeral and the unit, like 来 (call 5); 一半: no percent form
    M("超过一万八千块", 18000, qualifier="min"),
    P("百分之六十", 0.6),
    P("百分之七十", 0.7),
    M("最高四十万元", 400000, qualifier="max"),     # 上不封顶: 封顶 touches no number
    T("仨月", 3, "month"),                          # 仨 = 三个: a numeral before the unit 月 (call 6)
    T("仨月", 3, "month"),                          # 这仨月
    # 一分钱: lone 一, 分 no unit
    R("海南", HN),                                  # 去海南猫冬: the province (not 海南藏族自治州 or 乌海's 海南区) (call 18)
    # “辽事通”: 辽 is a one-character abbreviation
    T("俩礼拜", 2, "week"),                         # 礼拜 is a week, as 星期 (call 2 as the maintainer corrected it)
    P("十个百分点", 0.1, points=True),
    R("哈尔滨", HEB),
    # 那嘎达 (there): no place; 四百来块: 来 between (call 5); 一分钱: lone 一
    R("沈阳", SY),                                  # 沈阳医保服务热线: a place before a service (set 38 call 6)
    PH("024-22851234"),
    PH("12393"),
    # 周一到周五八点半到十二点: weekdays and times of day
    # 五样材料: 样 is no classifier of the list
    T("三五天", (3, 5), "day"),                     # 三五天: two numerals with one unit, a range 3–5 day (call 7)
    R("铁岭", TL, in_org=True),                     # 铁岭大碴子粥: a commenter's screen name (guidelines: @青州小刘; call 13); 铁岭 = the city, not 铁岭县
    C("仨人", 3, "person"),                         # 俺家仨人: 仨 + the classifier 人 (call 6)
    M("一千二百块", 1200),                          # 一共 is not on the shared list
    R("沈北", SB, in_org=True),                     # 沈北小燕儿: a screen name; 沈北 = 沈北新区's short name
    # 八十多了: no unit (no 岁), nothing
    P("七成", 0.7),
]
