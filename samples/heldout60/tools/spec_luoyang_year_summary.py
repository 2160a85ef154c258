from gold_lib import *

LY = "410300"                                        # 洛阳市
SPEC = [
    R("洛阳市", LY, in_org=True),                    # 洛阳市医疗保障局2025年工作总结…
    D("2025年", "2025"),
    D("2026年", "2026"),
    D("2025年", "2025"),
    # 市医保局: no place; 全年: no date
    # 一、, (一)…: list numbers
    D("2025年11月30日", "2025-11-30"),               # 截至 a preposition, outside
    C("642.8万人", 6428000, "person"),
    P("96.5%以上", 0.965, qualifier="min"),
    C("132.6万人", 1326000, "person"),
    # 去年同期: no date (call 1)
    C("3.1万人", 31000, "person"),
    P("2.4%", 0.024),
    C("510.2万人", 5102000, "person"),
    DR("1—11月", "--01", "--11"),                     # em dash month range
    M("186.3亿元", 18630000000),
    P("6.2%", 0.062),
    M("171.9亿元", 17190000000),
    P("8.1%", 0.081),
    T("11.4个月", 11.4, "month"),
    # 分季度: no number; 一季度: the first quarter, lone 一 (call 6)
    M("41.2亿元", 4120000000),
    # 二季度: the second quarter's name, no duration of 2 quarters (call 6)
    M("44.6亿元", 4460000000),
    # 第三季度: an ordinal
    M("46.3亿元", 4630000000),
    # 上半年: a period's name, no date and no duration 半年 (call 6)
    P("1.8个百分点", 0.018, points=True),
    # 前三季度: a period's name (call 6)
    P("70.3%", 0.703),
    D("2024年", "2024"),                             # 较2024年同期: 同期 is no qualifier word
    P("1.2个百分点", 0.012, points=True),
    # 四季度: a quarter's name (call 6)
    DR("10—11月", "--10", "--11"),                   # (10—11月) after 四季度
    M("39.8亿元", 3980000000),
    D("2025年", "2025"),                             # 2025年上半年: 上半年 is no qualifier word (earlier sets)
    C("32.5万人次", 325000, "person"),
    # 全年: no date; 二次报销: secondary reimbursement, nothing
    C("2批", 2, "batch"),
    C("1.86万人", 18600, "person"),
    D("2025年1月1日起", "2025-01-01", qualifier="from"),   # 自…起: 自 outside
    C("168家", 168, "institution"),
    C("4862个", 4862, "item"),
    C("586种", 586, "kind"),
    P("53%", 0.53),
    D("6月底前", "--06", qualifier="until"),
    # 第十批: an ordinal
    DR("3月至10月", "--03", "--10"),                  # 今年3月至10月: 今年 outside (call 1)
    # 3轮: 轮 is no classifier of the list
    C("2317家", 2317, "institution"),
    M("1.26亿元", 126000000),
    R("涧西区", "410305"),
    R("洛龙区", "410311"),
    R("偃师区", "410307"),
    R("孟津区", "410308"),
    T("15分钟", 15, "minute"),                       # "15分钟医保服务圈": a number with its unit inside a slogan
    T("5个工作日", 5, "workday"),                    # 由5个工作日压缩至2个工作日: two durations
    T("2个工作日", 2, "workday"),
    R("栾川县", "410324"),
    R("嵩县", "410325"),
    T("两个季度", 2, "quarter"),                     # a length of two quarters (contrast with 二季度)
    # 三、; 一是/二是: list words
    P("约1.9个百分点", 0.019, points=True, qualifier="approx"),
    T("3年", 3, "year"),                             # 连续3年
    D("2026年", "2026"),                             # 四、2026年工作安排
    D("1月份", "--01"),
    DR("2026—2027年度", "2026", "2027"),            # a 年度 range (call 7)
    # 一季度末前: lone 一 and no number of a date (call 6)
    # 上半年: a period's name; 年度考核: no number
    D("7月1日起", "--07-01", qualifier="from"),
    # 全年: no date
    P("95%以上", 0.95, qualifier="min"),
    T("6至9个月", (6, 9), "month"),                  # one range, one unit
    # 联系人:李建平: 建平 inside a person's name, not 建平县
    PH("0379-63918207"),
    R("洛阳市", LY, in_org=True),
    D("2025年12月18日", "2025-12-18"),
]
