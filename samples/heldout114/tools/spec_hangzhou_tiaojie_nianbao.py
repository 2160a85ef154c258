from gold_lib import *

HZ, SC, GS, XH, LP, FY = "330100", "330102", "330105", "330106", "330113", "330111"
SPEC = [
    R("杭州市", HZ, in_org=True),                  # 杭州市医疗纠纷人民调解委员会 (title)
    D("2025年度", "2025"),                         # …2025年度工作报告
    D("2026-01-15", "2026-01-15"),                 # 发布时间 of the main article: plain date; 09:30 a time
    R("杭州市", HZ, in_org=True),                  # 来源:杭州市医疗纠纷人民调解委员会
    # 浏览次数:1527: a counter, bare number
    D("2025年", "2025"),
    R("杭州市", HZ, in_org=True),
    C("1286件", 1286, "item"),                     # 件 as a classifier of cases: item
    P("4.2%", 0.042),
    C("1135件", 1135, "item"),
    P("88.3%", 0.883),
    M("6842.6万元", 68426000),
    M("约6.03万元", 60300, qualifier="approx"),    # 平均每件约6.03万元: 每 + classifier is no period
    M("1万元以下", 10000, qualifier="max"),
    C("412件", 412, "item"),
    M("1万元", 10000),                             # 1万元至10万元: two units, two mentions (set 1 call 4)
    M("10万元", 100000),
    C("598件", 598, "item"),
    M("10万元以上", 100000, qualifier="min"),
    C("125件", 125, "item"),
    M("186万元", 1860000),                          # 单件最高赔偿186万元: 赔偿 between 最高 and the number
    # 一、: section number
    C("3200余人次", 3200, "person", qualifier="min"),
    R("上城区", SC),
    R("拱墅区", GS),
    R("西湖区", XH),
    C("三个", 3, "item"),                           # 三个区
    P("46%", 0.46),
    R("临平区", LP),
    R("富阳区", FY),                                # 两地: 地 is no classifier
    P("12%左右", 0.12, qualifier="approx"),
    C("327家", 327, "institution"),
    # 三级甲等: a hospital grade
    P("61%", 0.61),
    P("18%", 0.18),
    C("412件", 412, "item"),
    P("32%", 0.32),
    C("198件", 198, "item"),
    C("96件", 96, "item"),
    T("23个工作日", 23, "workday"),
    D("2024年", "2024"),
    T("5天", 5, "day"),
    # 二、
    M("2万元以下", 20000, qualifier="max"),
    T("10个工作日", 10, "workday"),                 # …内: 内 is no qualifier
    M("4215万元", 42150000),
    P("61.6%", 0.616),
    T("30日", 30, "day"),                           # 在30日内
    C("17件", 17, "item"),
    M("86.4万元", 864000),
    # 三、; 一是/二是/三是: list words
    M("300多万元", 3000000, qualifier="min"),
    T("60-90天", (60, 90), "day"),
    C("14名", 14, "person"),
    C("近92件", 92, "item", qualifier="approx"),    # 人均年办案近92件: 年 does not make a period of a count
    # 四、
    D("2026年", "2026"),
    P("85%以上", 0.85, qualifier="min"),
    P("不低于95%", 0.95, qualifier="min"),
    R("临平区", LP),
    R("富阳区", FY),
    C("2个", 2, "item"),                            # 2个调解工作站
    # 不少于20场: 场 is no classifier in the guidelines' list: nothing
    R("杭州市上城区", SC),                          # address chain; 解放路168号 (解放: part of a road's name, no place), 3楼, 邮编310009: nothing
    PH("0571-87061234"),                            # 8:30-17:00: times
    E("hzyty@example.org.cn"),
    U("https://www.hzyty.example.org.cn"),
]
