from gold_lib import *

YC, NX = "640100", "640000"                         # 银川市, 宁夏回族自治区
SPEC = [
    R("银川市", YC, in_org=True),                   # header: 银川市医疗保障局 政策解读
    R("银川市", YC, in_title=True),                 # 《银川市职工基本医疗保险门诊共济保障实施细则》: a topic, no org
    D("2025-02-26", "2025-02-26"),                  # 发布时间 of the main article: a plain date (set 1 call 8)
    R("银川市", YC, in_org=True),                   # 来源:银川市医疗保障局; 字号:大 中 小: chrome, no numbers
    R("银川市", YC, in_org=True),
    R("银川市", YC, in_title=True),
    # 《细则》: no place
    D("1月1日起", "--01-01", qualifier="from"),     # 自今年1月1日起: 今年 is a relative word outside the date (次年, set 2 call 8)
    P("2%", 0.02),
    M("6000元", 6000),                              # 月缴费基数6000元: 月 is part of a noun (set 5 call 14)
    M("120元", 120),                                # 每月划入个人账户120元: 每月 does not touch the amount (a verb and an object between)
    D("2024年度", "2024"),
    # 全区: no place (宁夏 as a whole, not named); 金平 in 养老金平均 (×2): no place (set 5)
    P("2.5%", 0.025),
    M("每月95元", 95, period="month"),              # 为每人每月95元: 每人 outside (set 1 call 2)
    # 明年起: a relative year, no number: no date; 上年度: no date
    # 当月: a month without a day, no date
    D("次月15日前", "---15", relative_to="next_month", qualifier="until"),
    DR("1-2月", "--01", "--02"),                    # 今年1-2月: yearless month range (今年 outside)
    D("2025年3月3日", "2025-03-03"),                # (星期一): a weekday, nothing
    D("2025年度", "2025"),
    M("每年380元", 380, period="year"),             # 每人每年380元 (set 1 call 2)
    C("1次", 1, "time"),                            # 每年可变更1次: digit 1 (set 1 call 13); 每年 is no period of a count
    # 一级及以下定点医疗机构: a hospital level
    M("每年200元", 200, period="year"),
    P("60%", 0.6),
    P("10个百分点", 0.1, points=True),
    M("3000元", 3000),                              # 年度最高支付限额在职职工3000元: 最高 does not touch
    M("4000元", 4000),
    R("吴忠市", "640300"),
    R("固原市", "640400"),
    # 区内, 区外: no place
    R("陕西省西安市", "610100"),
    R("内蒙古阿拉善盟", "152900"),                  # a chain at its most specific level (盟 is a prefecture)
    # “国家医保服务平台”APP: no place
    T("不少于6个月", 6, "month", qualifier="min"),
    R("宁夏", NX, in_org=True),                     # “我的宁夏”APP: a place inside an app's name (set 5 call 9)
    R("宁夏", NX, in_org=True),                     # 宁夏医保公共服务平台: a platform's name (set 5 call 9)
    R("银川市", YC, in_org=True),                   # 银川市医疗保障局咨询电话
    PH("0951-5026318"),
    # (工作日9:00-17:00): times of day; 工作日 without a number is no duration
    PH("12345"),
    R("银川市", YC, in_org=True),                   # signature
    D("2025年2月26日", "2025-02-26"),
]
