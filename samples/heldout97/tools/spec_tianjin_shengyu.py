from gold_lib import *

TJ, HP, HX, BH = "120000", "120101", "120103", "120116"   # 天津市, 和平区, 河西区, 滨海新区
SPEC = [
    R("天津市", TJ),                                # title: 天津市进一步完善…措施: a topic, plain
    R("天津市", TJ, in_org=True),                   # 天津市卫生健康委员会
    R("天津市", TJ, in_org=True),                   # 天津市医疗保障局
    D("2025年8月8日", "2025-08-08"),
    # 生育友好型社会: 友好 (友好区, 伊春) is a word here; 二、延长假期: 延长 (延长县, 延安) is a verb here
    C("10条", 10, "item"),                          # 生育支持措施10条: 条 is in the guidelines' list (item); added at review, session 18
    # 一、…五、: section numbers
    D("2025年1月1日", "2025-01-01"),               # 2025年1月1日及以后: 及以后 not touching as a date word (2025年及以后年度 rule)
    M("每年3600元", 3600, period="year"),           # 每孩每年3600元: 每孩 is 每 + a classifier-like noun, no period; 每年 touches (heldout call 2)
    T("3周岁", 3, "year", age=True),                # 直至孩子年满3周岁: 满 no qualifier
    D("2025年1月1日之前", "2025-01-01", qualifier="until"),
    T("3周岁", 3, "year", age=True),                # 不满3周岁: 不满 not on the list
    M("每月300元", 300, period="month"),
    R("和平区", HP),                                # 和平区、河西区、滨海新区等16个区: 和平区 of 天津 (not 沈阳's)
    R("河西区", HX),
    R("滨海新区", BH),
    C("16个", 16, "item"),                          # 16个区 (16个市 → 16个: heldout call 13)
    D("每年3月底前", "--03", recurring="yearly", qualifier="until"),   # 底前 → until
    # 上一年度: lone 一, no mention
    # 国家规定的98天产假
    T("98天", 98, "day"),
    T("60天", 60, "day"),
    T("158天", 158, "day"),
    T("15天", 15, "day"),                           # 陪产假15天
    T("10天", 10, "day"),                           # 婚假10天
    T("13天", 13, "day"),
    T("3周岁以下", 3, "year", age=True, qualifier="max"),
    T("10天", 10, "day"),                           # 育儿假10天
    M("3000元", 3000),
    M("4500元", 4500),
    T("12周", 12, "week"),                          # 流产不满12周: a week of pregnancy, 不满 not on the list
    M("500元", 500),
    T("12周", 12, "week"),                          # 满12周: 满 no qualifier
    M("1200元", 1200),
    # 上年度职工月平均工资÷30×假期天数: the bare 30 has no unit
    T("10个工作日", 10, "workday"),
    C("13项", 13, "item"),
    P("60%", 0.6),                                  # 职工60%
    P("50%", 0.5),                                  # 居民50%
    T("不超过40周岁", 40, "year", age=True, qualifier="max"),
    # 每孩再给予一次性辅助生殖补助: 一次性 (lone 一)
    M("5000元", 5000),
    # 每千人口: a ratio base (千人 with no digit), nothing
    T("3岁以下", 3, "year", age=True, qualifier="max"),
    D("2025年底", "2025", qualifier="approx"),
    C("4.5个", 4.5, "item"),                        # 托位数…达到4.5个
    M("不超过2000元", 2000, qualifier="max"),       # 每月收费不超过2000元: 收费 between 每月 and the qualifier → no period
    T("0-3岁", (0, 3), "year", age=True),
    M("每月500元", 500, period="month"),
    C("6.5万名", 65000, "person"),                  # 每年约有6.5万名: 有 between 约 and the number → no qualifier (heldout call 14)
    M("约7.2亿元", 720000000, qualifier="approx"),
    # 第二孩、第三孩: ordinals
    P("20%", 0.2),                                  # 额度上浮20%
    R("天津市", TJ, in_org=True),                   # 天津市医疗保障局
    PH("022-23371234"),
    PH("12345"),
]
