from gold_lib import *

CD, SC = "510100", "510000"                         # 成都市, 四川省
SPEC = [
    R("成都", CD),                                  # 成都人的医保: a short name (a people of the place, no org)
    # (2025版): a bare year in a title, nothing
    D("2025-03-12", "2025-03-12"),                  # 发布于 2025-03-12 21:06: the time is nothing
    R("四川", SC),                                  # IP属地:四川: a province alone
    # Roman numerals I. II. III. IV. V. (Ⅰ…Ⅴ after NFKC): section numbers, nothing
    M("380元", 380),                                # 一年交380元: 一年 is a lone 一 and no period word
    P("8%左右", 0.08, qualifier="approx"),
    P("2%", 0.02),
    # 月薪8k: internet shorthand k with no currency unit: not money (call 1)
    M("160块", 160),                                # 每个月扣160块: 扣 stands between 每个月 and the amount
    T("12天", 12, "day"),                           # 住了12天院
    M("38,600元", 38600),                           # 𝟑𝟖，𝟔𝟎𝟎元 (bold digits, full-width comma) → 38,600元 after NFKC
    # 三万八千六: no unit, nothing; 报了2w5: shorthand w, no unit (call 1)
    M("大约1万3千元", 13000, qualifier="approx"),   # mixed digits and 万/千 (call 2)
    P("6成5", 0.65),                                # 差不多6成5: 成 with a trailing tenth (call 3); 差不多 not on the list
    # 惠民保 (here and in the title): 惠民 is a word (benefit-the-people), not 惠民县 (山东)
    # 惠蓉保: 蓉 one-character abbreviation, nothing
    D("2025年度", "2025"),
    M("59元", 59),                                  # 每人59元: 每 + classifier, no period
    P("70%", 0.7),
    P("30%", 0.3),
    M("最高300万元", 3000000, qualifier="max"),
    M("2万元", 20000),
    # 一家3口: 口 is not a classifier of the list, nothing (call 4)
    M("177元", 177),
    M("15块", 15),                                  # 不到15块: 不到 is not on the shared list
    M("100元", 100),
    P("50%", 0.5),
    M("1千2百元", 1200),                            # 一年封顶1千2百元: 封顶 is an after-word, here before (call 2)
    # 比如 (for example): a common word, not 比如县 (西藏)
    M("2百5十元", 250),                             # 每月限额2百5十元: 限额 between 每月 and the amount
    # ① ② ③ → 1 2 3 after NFKC: list markers
    DR("每年9月1日至12月31日", "--09-01", "--12-31", recurring="yearly"),
    T("3个月", 3, "month"),
    # 只报⅓左右 → 1⁄3左右 after NFKC: a fraction with no unit, nothing (call 5)
    P("7成5", 0.75),                                # call 3
    # VI. 配置清单; 百万医疗险: 百万 is part of a product type's name, no unit
    M("299元", 299),                                # 一年𝟐𝟗𝟗元: 一年 is a lone 一
    M("400万元", 4000000),                          # 𝟒𝟎𝟎万元
    M("1万元", 10000),
    T("30天", 30, "day"),
    M("每年99元", 99, period="year"),
    M("最高5万元", 50000, qualifier="max"),
    P("100%", 1),
    T("20年", 20, "year"),                          # 保20年
    M("每年6百元", 600, period="year"),             # mixed form (call 2)
    C("4份", 4, "piece"),
    M("约3千6百元", 3600, qualifier="approx"),      # 年缴合计约3千6百元
    P("5%", 0.05),                                  # 不到5%: 不到 not on the list
    U("https://www.example.com/post/20250312"),     # the number in the URL is nothing
    PH("12393"),
    R("成都", CD),                                  # 成都医保服务热线: a place before a service (not in_org, like 南县新农合医保电话)
    PH("028-61881234"),
    # 评论区(128): a counter; 月薪5k: shorthand (call 1); 每月扣100: no unit
    # 5000×2%=100元: 5000 has no unit
    P("2%", 0.02),
    M("100元", 100),
    M("4500元", 4500),                              # 𝟒𝟓𝟎𝟎元
    # 报了1/3都不到: a slash fraction, nothing (call 5)
]
