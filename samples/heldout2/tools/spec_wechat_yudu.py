from gold_lib import *

YD, GZ = "360731", "360700"                        # 于都县, 赣州市
SPEC = [
    R("于都", YD, in_org=True),                     # 于都医保: the account's name
    D("2024-09-02", "2024-09-02"),                  # 08:30: time of day
    R("江西", "360000"),                            # the account's location tag: the province, not in_org
    # 点击蓝字 关注我们: nothing
    D("2025年度", "2025"),
    # 一文看懂: lone 一
    D("2025年度", "2025"),                          # ▲2025年度…海报 (a picture caption)
    D("2025年度", "2025"),
    R("于都县", YD),                                # 于都县城乡居民基本医疗保险: a programme, not in_org
    DR("2024年9月1日至2025年2月28日", "2024-09-01", "2025-02-28"),
    D("2025年3月1日以后", "2025-03-01", qualifier="from"),
    T("3个月", 3, "month"),
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),             # 每人每年400元: 每人 is no period word
    M("20元", 20),
    M("每年不低于670元", 670, period="year", qualifier="min"),
    M("每年200元", 200, period="year"),
    M("每年100元", 100, period="year"),
    # 渠道一 … 渠道四: list words.  “赣服通”: 赣 is a one-character abbreviation
    R("于都", YD, in_org=True),                     # “于都分厅”: a named part of the app
    T("1分钟", 1, "minute"),                        # digit 1, not a lone 一
    R("于都", YD, in_org=True),                     # “于都医保”微信公众号
    R("江西", "360000", in_org=True),               # “江西税务”: the tax bureau's account
    # 二维码: 二 + 维, no classifier
    R("于都县", YD, in_org=True),                   # 中国邮政储蓄银行于都县支行
    M("100元", 100), P("90%", 0.9),                # ▲ bullets
    M("400元", 400), P("80%", 0.8),
    M("800元", 800), P("65%", 0.65),
    M("1200元", 1200), P("55%", 0.55),
    M("20万元", 200000),                            # 最高支付限额为20万元: 为 stands between
    # 门诊“两病”: 病 is no classifier
    P("50%", 0.5),
    M("300元", 300),                                # 每人每年最高支付300元: 支付 separates 每年 and 最高 from it
    M("400元", 400),
    # 1. … 5.: list numbers (the review lists them as leftovers)
    D("8月31日", "--08-31"),                        # 截至8月31日: 截至 is a preposition
    D("2024年度", "2024"),
    C("86.5万人", 865000, "person"),
    P("96.8%", 0.968),
    R("赣州市", GZ),                                # 在赣州市外就医: a place, not in_org
    R("于都县", YD, in_org=True),                   # 于都县医保局
    PH("0797-6332135"),
    PH("12345"), PH("12393"),
    R("赣州", GZ, in_org=True),                     # “赣州惠民保”: the insurance product's name
    # 惠民 in 惠民保 (惠民县 is in 山东): part of a longer name, not a place
    PH("95518"),                                    # 95xxx: service
    PH("400-888-5366"),
    # 贡江镇: a township, not a place mention
    PH("139-0797-6628"),                            # a mobile written in 3-4-4 groups: 0797 is not an area code here
    # 8:00-12:00, 14:30-17:30: times of day
    D("2025年度", "2025"),
    R("于都县", YD, in_org=True),                   # 来源:于都县医疗保障局
    # 阅读 1.2万 (no unit: not money, not a count), 赞 318, 在看 46: bare numbers
]
