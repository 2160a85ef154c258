from gold_lib import *

NN, GX = "450100", "450000"
QX, XXT, WM, BY, HZ, LQ, SL = "450103", "450107", "450110", "450126", "450181", "450108", "450125"
GZ, SZ = "440100", "440300"
SPEC = [
    R("南宁市", NN),                                # 南宁市12345热线…分析报告: a place before a programme
    PH("12345"),
    D("2025年2月", "2025-02"),
    R("南宁市", NN, in_org=True),                   # 南宁市医疗保障局
    D("2025年3月6日", "2025-03-06"),
    # 一、: section number
    D("2025年2月", "2025-02"),
    R("南宁市", NN),                                # 南宁市12345政务服务便民热线
    PH("12345"),
    C("4862件", 4862, "item"),
    P("12.4%", 0.124),                              # 环比下降12.4%
    P("8.7%", 0.087),                               # 同比增长8.7%
    C("3915件", 3915, "item"),
    P("80.5%", 0.805),
    C("947件", 947, "item"),
    P("19.5%", 0.195),
    PH("12393"),                                    # 12393医保服务热线
    C("1.26万个", 12600, "item"),
    P("96.3%", 0.963),
    T("4.2分钟", 4.2, "minute"),
    T("38秒", 38, "second"),
    C("3650件", 3650, "item"),
    P("75.1%", 0.751),
    C("612件", 612, "item"),
    C("455件", 455, "item"),
    P("9.4%", 0.094),
    P("1.3个百分点", 0.013, points=True),
    C("145件", 145, "item"),
    # 二、热点问题(前五位): a rank, not a count of persons (位 here is a place in a ranking, call 4)
    C("1136件", 1136, "item"),                      # (一): a section number
    P("23.4%", 0.234),
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),             # 每人每年400元
    # 缴费期延长: 延长 is a verb here, not 延长县 (陕西)
    D("2月下旬", "--02", qualifier="approx"),       # 下旬 → approx (guidelines)
    C("186件", 186, "item"),                        # 最高达186件: 达 stands between, no qualifier
    C("892件", 892, "item"),
    P("18.3%", 0.183),
    R("广东省广州市", GZ),                          # a chain
    R("深圳市", SZ),
    C("634件", 634, "item"),
    R("武鸣区", WM),
    R("宾阳县", BY),
    C("418件", 418, "item"),
    C("301件", 301, "item"),
    # 三、
    P("99.2%", 0.992),
    P("97.8%", 0.978),
    P("0.6个百分点", 0.006, points=True),
    R("青秀区", QX, in_org=True),                   # 青秀区医保局
    R("西乡塘区", XXT, in_org=True),                # 西乡塘区医保局
    P("100%", 1),
    R("横州市", HZ, in_org=True),                   # 横州市医保局
    C("7件", 7, "item"),
    T("5个工作日", 5, "workday"),
    T("2天", 2, "day"),                             # 最长超期2天: 最长 is not on the shared list
    C("23件", 23, "item"),
    # 四、案例1: a case label; 工单编号NN2025021400388: an ID, no date inside it
    R("良庆区", LQ),                                # 良庆区某诊所: 某 names no body, not in_org
    M("50元", 50),
    M("2.6万元", 26000),
    M("5万元", 50000),
    # 案例2
    T("76岁", 76, "year", age=True),
    R("上林县", SL),
    M("1800余元", 1800, qualifier="min"),           # 余 between the number and 元
    M("1860元", 1860),
    # 五、 1. 2. 3.: list numbers
    D("3月15日前", "--03-15", qualifier="until"),
    D("2月份", "--02"),
    P("不低于30%", 0.3, qualifier="min"),
    DR("2025年3月1日至31日", "2025-03-01", "2025-03-31"),
    C("10名", 10, "person"),
    C("不少于50条", 50, "item", qualifier="min"),
    PH("0771-5516203", city="南宁市"),              # 0771 is shared with 崇左 in area_codes.tsv: the article's city
    E("rexian@nnyb.example.gov.cn"),
]
