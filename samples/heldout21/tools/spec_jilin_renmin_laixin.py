from gold_lib import *

# A 人民来信 reply page of 吉林省卫生健康委员会 and 吉林省医疗保障局: letter fields with times, a
# colloquial letter, two replies (医保局, then 卫健委) with 答复单位 / 答复时间.
JL, CC, JLS, YB, DH = "220000", "220100", "220200", "222400", "222403"  # 吉林省, 长春市, 吉林市, 延边州, 敦化市
SPEC = [
    R("吉林省", JL, in_org=True),                   # page header: 吉林省卫生健康委员会
    R("吉林省", JL, in_org=True),                   # 吉林省医疗保障局
    # 信件编号:JL2025030217: an ID (set 15 call 3), nothing
    D("2025-03-02", "2025-03-02"),                  # 来信时间:2025-03-02 09:15:36: the time is nothing
    R("长春", CC),                                  # 来信标题:母亲在长春住院…
    P("50%", 0.5),
    R("延边朝鲜族自治州敦化市", DH),                  # a chain, one mention at the county-level city
    T("68岁", 68, "year", age=True),
    R("敦化市", DH),                                # 敦化市城乡居民医保: a place before a programme, no org
    D("11月", "--11"),                              # 去年11月: 去年 outside (set 6 call 2)
    R("长春市", CC),                                # 长春市一家三甲医院: 一家 is a lone 一, 三甲 a grade
    T("12天", 12, "day"),
    M("4.6万元", 46000),
    M("2.3万元左右", 23000, qualifier="approx"),
    P("50%", 0.5),
    # 州里, 省城: no places
    P("70%以上", 0.7, qualifier="min"),
    P("20个百分点", 0.2, points=True),
    # 1. 2. 3.: list numbers of the letter's questions; 一种: lone 一
    M("8600元", 8600),
    # 办理状态:已办结: nothing
    R("吉林省", JL, in_org=True),                   # 答复单位:吉林省医疗保障局
    D("2025-03-14", "2025-03-14"),                  # 答复时间 (16:20:05 is a time)
    # 一、二、三、: list numbers
    R("吉林省", JL, in_title=True),                 # 《吉林省城乡居民基本医疗保险实施办法》 (a rule, no org)
    # 省内, 三级: nothing
    M("1200元", 1200),
    P("65%", 0.65),
    P("15个百分点", 0.15, points=True),
    M("3.9万元", 39000),
    P("50%", 0.5),
    M("1.89万元", 18900),
    D("2024年1月1日起", "2024-01-01", qualifier="from"),
    # 我省, “吉事办”APP (吉: a one-character abbreviation): no places
    PH("12393"),
    T("1个工作日", 1, "workday"),                    # 1个工作日内: digit 1 is no lone 一 (set 1 call 13); 内 outside
    R("长春市", CC),
    R("吉林市", JLS),                               # written in full: 吉林 alone would be the province's short name too
    T("6个月", 6, "month"),                         # 出院后6个月内
    D("2025年5月31日前", "2025-05-31", qualifier="until"),
    R("敦化市", DH, in_org=True),                   # 敦化市医疗保障局将…
    M("最高3万元", 30000, qualifier="max"),          # 年度救助限额最高3万元
    R("敦化市", DH, in_org=True),                   # 拨打敦化市医疗保障局电话
    PH("0433-6222851"),                             # 0433: 延边朝鲜族自治州
    # (工作日8:30-11:30,13:30-16:30): times of day
    E("jlyb_xinfang@example.gov.cn"),
    R("吉林省", JL, in_org=True),                   # 答复单位:吉林省卫生健康委员会
    D("2025-03-18", "2025-03-18"),                  # 10:05:44: a time
    # 第3个问题: an ordinal (第), no count
    R("延边州", YB, in_org=True),                   # 延边州卫生健康委员会: the prefecture's everyday name with its suffix 州 (set 2 call 3)
    R("敦化市", DH),                                # 敦化市已组建…
    C("136个", 136, "item"),
    T("65岁以上", 65, "year", age=True, qualifier="min"),
    C("1次", 1, "time"),                            # 每年可享受1次: 每年 is a period word for money only
    T("7天", 7, "day"),                             # 出院后7天内
    C("1次", 1, "time"),
    M("每年120元", 120, period="year"),              # 每人每年120元 (set 1 call 2)
    M("10元", 10),
    # 浏览次数:2481: a counter, no unit
]
