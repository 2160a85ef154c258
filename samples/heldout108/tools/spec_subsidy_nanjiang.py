from gold_lib import *

NJ, BZ, SC = "511922", "511900", "510000"   # 南江县, 巴中市, 四川省
SPEC = [
    R("南江县", NJ, in_org=True),                   # 南江县卫生健康局
    R("南江县", NJ, in_org=True),                   # 南江县医疗保障局
    R("南江县", NJ, in_org=True),                   # 南江县财政局
    # 南卫发〔2025〕21号: a document number (2025 and 21 inside it)
    R("四川省", SC, in_title=True),                 # 《四川省乡村医生队伍建设实施方案》: a plan, not an organisation
    R("巴中市", BZ, in_org=True),                   # 巴中市卫生健康委员会
    # 一、…六、: section numbers
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    M("每月500元", 500, period="month"),            # 每人每月500元: 每人 is no period
    M("每月700元", 700, period="month"),
    C("1000人以上", 1000, "person", qualifier="min"),
    M("200元", 200),                                # 每月另加200元: 另加 stands between
    C("500人", 500, "person"),                      # 不足500人: 不足 is not a qualifier
    P("80%", 0.8),
    T("10年", 10, "year"),                          # 满10年不满20年: two durations, 满/不满 off the list
    T("20年", 20, "year"),
    M("每月100元", 100, period="month"),
    T("20年", 20, "year"),
    T("30年", 30, "year"),
    M("每月200元", 200, period="month"),
    T("30年以上", 30, "year", qualifier="min"),
    M("每月300元", 300, period="month"),
    M("每人次10元", 10, period="time"),
    M("9元", 9),
    M("1元", 1),
    T("60周岁", 60, "year", age=True),             # 年满60周岁: 年满 off the list
    T("65周岁", 65, "year", age=True),             # 可延长至65周岁: 延长 is a verb here (not 延长县, 延安)
    T("1年", 1, "year"),                            # 每满1年: digit 1 is no lone 一; 每 is no period of a duration
    M("每月15元", 15, period="month"),
    M("每月最高450元", 450, period="month", qualifier="max"),   # 生活补助每月最高450元: period and qualifier together (set 1 call 3's 每年不低于640元)
    C("436名", 436, "person"),
    T("60周岁", 60, "year", age=True),
    C("58名", 58, "person"),
    M("约1360万元", 13600000, qualifier="approx"),
    P("70%", 0.7),
    P("30%", 0.3),
    # 第三季度: ordinal
    D("2025年", "2025"),                            # 2025年第三季度
    D("2025年9月25日前", "2025-09-25", qualifier="until"),
    T("3年", 3, "year"),                            # 执行期限3年
    D("2023年", "2023"),
    R("南江县", NJ, in_title=True),                 # 《南江县乡村医生补助管理办法》: a title, a topic
    PH("0827-8822315"),
    PH("0827-8826140"),
    R("南江县", NJ, in_org=True),
    R("南江县", NJ, in_org=True),
    R("南江县", NJ, in_org=True),
    D("2025年6月20日", "2025-06-20"),
]
