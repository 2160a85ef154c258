from gold_lib import *

QQ, LJ, HRB, HLJ = "230200", "230221", "230100", "230000"   # 齐齐哈尔市, 龙江县, 哈尔滨市, 黑龙江省
SPEC = [
    R("齐齐哈尔市", QQ, in_org=True),                # 齐齐哈尔市人民政府网: a site's (government's) name
    # 网友“老李头”: a screen name, no place
    D("2025-01-08", "2025-01-08"),                  # 留言时间 2025-01-08 21:47: 21:47 is a time of day
    # 浏览量:3517: a counter, no unit
    R("龙江县", LJ),                                # 我家住龙江县
    R("哈尔滨", HRB),                               # 在哈尔滨上大学 (short name of the city)
    D("12月", "--12"),                              # 去年12月: 去年 is a relative word outside the date (set 6 call 2)
    R("哈尔滨", HRB),
    T("8天", 8, "day"),                             # 住了8天院
    M("一万三千块左右", 13000, qualifier="approx"), # Chinese numerals + 块 + 左右 (touching)
    # 县里, 医保窗口: no place
    P("10个百分点", 0.1, points=True),
    # 1. 2. 3.: list numbers; 三趟, 一趟: 趟 is not a classifier of the list, no count;
    # 一百多里地: a distance (里), no mention; 下学期: no date
    R("齐齐哈尔市", QQ, in_org=True),               # 回复单位:齐齐哈尔市医疗保障局
    D("2025年1月14日", "2025-01-14"),               # 回复时间
    # 一、二、三、: list numbers
    R("黑龙江省", HLJ, in_title=True),              # 《黑龙江省基本医疗保险异地就医结算管理办法》 (a topic, no org)
    # 我市, 省外, 省内: no place
    T("6个月", 6, "month"),                         # 出院后6个月内: 内 is not on the shared list
    D("2024年", "2024"),
    # 全市: no place
    C("4.6万人次", 46000, "person"),
    P("92.3%", 0.923),
    R("哈尔滨市", HRB),                             # 您子女在哈尔滨市住院
    # 三级医院: a hospital level
    M("1000元", 1000),
    P("60%", 0.6),
    M("20万元", 200000),                            # 年度最高支付限额为20万元: 最高 does not touch
    C("4项", 4, "item"),                            # 共4项
    D("2024年7月1日起", "2024-07-01", qualifier="from"),
    C("3项", 3, "item"),
    R("黑龙江", HLJ, in_org=True),                  # “黑龙江医保”微信公众号: an account's name
    T("15个工作日", 15, "workday"),                 # 15个工作日内: 内 outside
    T("5个工作日", 5, "workday"),
    C("1286家", 1286, "institution"),
    R("龙江县", LJ),                                # 其中龙江县58家: a place before a count, no org
    C("58家", 58, "institution"),
    R("龙江县", LJ, in_org=True),                   # 龙江县医疗保障局咨询电话
    PH("0452-5812369"),
    # (工作日8:30-11:30,13:30-17:00): times of day; 工作日 without a number is no duration
    PH("12393"),
    R("齐齐哈尔市", QQ, in_org=True),               # signature
    D("2025年1月14日", "2025-01-14"),
    # 满意度评价: nothing
]
