from gold_lib import *

CS, KF, HN, XT, ZZ = "430100", "430105", "430000", "430300", "430200"   # 长沙市, 开福区, 湖南省, 湘潭市, 株洲市
SPEC = [
    R("长沙", CS, in_org=True),                     # breadcrumb: 长沙湘岳医院 (the hospital's name)
    D("2025-01-06", "2025-01-06"),                  # 发布时间 of the main article: a plain date (set 1 call 8)
    # 浏览次数:3527: a counter, no unit
    R("长沙", CS, in_org=True),                     # 长沙湘岳医院是一所三级甲等 (a grade: nothing)
    R("长沙市开福区", KF),                          # address chain; 湘雅路218号 a road and house number, 邮编410008 a postcode
    C("1800张", 1800, "piece"),                     # 床位1800张
    C("46个", 46, "item"),
    C("8个", 8, "item"),                            # 门诊诊区8个
    # 一、 二、 …: section numbers; 8:00-12:00, 14:30-17:30, 15:00-18:00: times of day
    DR("7月1日至9月30日", "--07-01", "--09-30"),    # 夏令时 window, yearless, no 每年: no recurring (set 1 call 9)
    T("24小时", 24, "hour"),                        # 急诊…24小时开放
    # 1.: list number
    PH("0731-88618888", city="长沙市"),             # 预约电话0731-88618888转8012: 转8012 is an extension, outside the phone (call 1)
    T("7天", 7, "day"),                             # 提前7天预约
    # 每日7:00放号: a time of day
    C("1个", 1, "item"),                            # 每天限挂1个号 (digit 1 is no lone 一)
    # 门诊1楼, 1号至6号窗口: floor and window numbers; 16:30 a time
    C("3次以上", 3, "time", qualifier="min"),
    T("90天", 90, "day"),                           # 90天内: 内 is not a qualifier
    T("70周岁以上", 70, "year", age=True, qualifier="min", _nb=True),  # "4.70周岁以上": list number 4. against the age (guard off)
    R("长沙市", CS),                                # 本院为长沙市、湖南省医保定点医疗机构: places before a programme (保定 inside 医保定点: no place)
    R("湖南省", HN),
    # 三级医院/二级医院/一级医院: hospital levels, nothing
    M("800元", 800), M("500元", 500), M("200元", 200),
    # 一个自然年度: lone 一; 第二次, 第三次及以上: ordinals
    P("50%", 0.5),
    P("85%", 0.85), P("90%", 0.9), P("60%", 0.6),
    M("30万元", 300000),                            # 年度最高支付限额30万元: 最高 does not touch
    P("10个百分点", 0.1, points=True),
    T("3个工作日", 3, "workday"),                   # 3个工作日内: 内 not a qualifier
    T("不少于6个月", 6, "month", qualifier="min"),
    R("湘潭", XT), R("株洲", ZZ),                   # 湘潭、株洲参保人员 (长株潭 is no place)
    T("不超过30天", 30, "day", qualifier="max"),
    M("超过5000元", 5000, qualifier="min"),
    # 四、 section number
    PH("0731-88618888", city="长沙市"),             # 总机
    PH("0731-88618888", city="长沙市"),             # 医保办:…转8012 (extension outside); (工作日8:00-17:30) times
    # 门诊服务中心:分机 2201: an internal extension alone, no phone (set 21 call 5, set 25 call 6)
    PH("0731-84521760", city="长沙市"),
    PH("120"), PH("12393"),
    U("www.xiangyue-hospital.example.cn"),
    E("ybb@xiangyue-hospital.example.cn"),
]
