from gold_lib import *

XY, GC, ZY, LHK = "420600", "420625", "420683", "420682"   # 襄阳市 (襄樊市 until 2010), 谷城县, 枣阳市, 老河口市
XC, FC, XZ, NZ, BK = "420602", "420606", "420607", "420624", "420626"   # 襄城区, 樊城区, 襄州区, 南漳县, 保康县
RN = dict(renamed_from="襄樊市")
SPEC = [
    T("二十六年", 26, "year"),                      # 我吃了二十六年 (headline): a duration in Chinese numerals
    R("襄阳市", XY, in_org=True),                   # 访襄阳市医疗保障局局长刘保康: 保康 (a county) inside a person's name (call 2)
    R("襄阳", XY, in_org=True),                     # 襄阳日报全媒体记者: a newspaper
    # 孟樊: a reporter's name (樊: one character, nothing)
    D("2025年8月12日", "2025-08-12"),
    D("1973年5月", "1973-05"),
    R("湖北谷城", GC),
    T("52岁", 52, "year", age=True),                # 现年52岁
    D("1999年7月", "1999-07"),
    R("襄樊市", XY, in_org=True, **RN),             # 原襄樊市劳动局医疗保险科: a former office under the city's former name
    T("20余年", 20, "year", qualifier="min"),       # 从事医保工作20余年 (余 → min)
    R("枣阳市", ZY),                                # 先后在枣阳市、老河口市和市本级任职: places where he served, no organisation named
    R("老河口市", LHK),
    D("2021年11月起", "2021-11", qualifier="from"),
    R("襄阳市", XY, in_org=True),
    T("20余年", 20, "year", qualifier="min"),       # the reporter's question
    D("1999年", "1999"),                            # 1999年我26岁
    T("26岁", 26, "year", age=True),
    R("襄樊", XY, **RN),                            # 那时还叫襄樊: the city's former name, short form, in speech (call 1)
    C("8万多人", 80000, "person", qualifier="min"),  # 多 between the number and its unit → min
    C("4名", 4, "person"),                          # 4名工作人员
    C("两台", 2, "piece"),                          # 两台电脑: 台 is on the piece list
    # 一张报销单: lone 一
    C("三四个", {"min": 3, "max": 4}, "item"),     # 三四个窗口: neighbouring numerals, a range with no qualifier
    # 十来天: 来 is no qualifier and 十来 no number the guidelines read (set 43 call 5): nothing
    D("2025年6月底", "2025-06", qualifier="approx"),   # 截至2025年6月底: 截至 outside, 底 → approx
    C("537.6万人", 5376000, "person"),
    P("96%以上", 0.96, qualifier="min"),
    D("2024年", "2024"),
    M("128.4亿元", 12840000000),
    D("2015年", "2015"),
    # 近两倍: 倍 is no unit of any type, nothing
    P("85%左右", 0.85, qualifier="approx"),
    P("70%左右", 0.7, qualifier="approx"),
    T("一两个月", (1, 2), "month"),                  # 要等一两个月: neighbouring numerals 一两, a range (like 一两百元)
    T("3个工作日", 3, "workday"),                   # 最多等3个工作日: 等 stands between 最多 and the number → no qualifier
    D("2024年", "2024"),
    C("31.2万人次", 312000, "person"),
    P("18.5%", 0.185),
    R("襄城区", XC),
    R("樊城区", FC),
    R("襄州区", XZ),
    C("3个", 3, "item"),
    R("南漳县", NZ),
    R("谷城县", GC),
    R("保康县", BK),
    C("9个", 9, "item"),                            # 9个县(市、区): 县 follows 个 (set 1 call 13: 16个市 → 16个)
    # “一站式”: lone 一
    R("襄阳", XY),                                  # 在外务工的襄阳人: people of the city, plain
    T("一百多天", 100, "day", qualifier="min"),     # 每年要下乡跑一百多天: 一百 is a number, not the lone determiner; 多 → min
    DR("1-7月", "--01", "--07"),                    # 今年1-7月: 今年 outside
    C("42个", 42, "item"),
    D("2025年底前", "2025", qualifier="until"),     # 底前 → until
    C("2683家", 2683, "institution"),
    M("不超过5000元", 5000, qualifier="max"),       # 每家补助不超过5000元: 每家 is 每 + a classifier, no period
    T("52岁", 52, "year", age=True),
    T("8年", 8, "year"),                            # 离退休还有8年
    # 每一分钱: 分 is no currency unit the guidelines list; lone 一
    D("2024年", "2024"),
    M("2176万元", 21760000),
    C("38例", 38, "case"),
    M("每年400元", 400, period="year"),             # 每人每年400元 (set 1 call 2)
    P("100%", 1.0),
    PH("0710-3512345"),
    PH("12345"),                                    # 12345政务服务便民热线
    R("襄阳", XY, in_org=True),                     # “襄阳医保”微信公众号: an account
    # 孟樊; 王枣阳: a trainee's name (枣阳市 inside it: call 2)
]
