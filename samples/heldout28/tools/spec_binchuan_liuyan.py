from gold_lib import *

BC, KM, DL, YN = "532924", "530100", "532900", "530000"    # 宾川县, 昆明市, 大理白族自治州, 云南省
SPEC = [
    R("宾川县", BC, in_org=True),                   # 宾川县人民政府门户网站: a site's (government's) name
    # 问政编号:2025-0312-0045: a record number (no date, no phone, no range)
    R("昆明", KM),                                  # 留言标题: 母亲在昆明住院 (short name of the city)
    # 留言人:王某: a person
    D("2025-03-12", "2025-03-12"),                  # 留言时间 2025-03-12 08:45: 08:45 a time of day
    R("宾川县", BC),                                # 我是宾川县金牛镇人: 金牛镇 is a township (no place)
    T("72岁", 72, "year", age=True),
    # 今年2月初: 今年 outside; 金牛 (成都's 金牛区) inside the township 金牛镇: no place
    D("2月初", "--02", qualifier="approx"),
    R("昆明市", KM),                                # 昆明市一家医院: 一家 is a lone 一
    T("15天", 15, "day"),                           # 住了15天院
    M("3.8万元左右", 38000, qualifier="approx"),
    R("大理", DL),                                  # 我在大理打工: 大理 is the prefecture's and 大理市's short name: the city-level unit (no county's city named before it)
    # 请一次假: lone 一
    C("三个", 3, "item"),                           # 想问三个问题
    # 1. 2. 3.: list numbers
    R("宾川县", BC, in_org=True),                   # 回复单位:宾川县医疗保障局
    D("2025-03-14", "2025-03-14"),                  # 回复时间 … 16:20: a time of day
    # 一、二、三、: list numbers
    R("昆明", KM),
    R("云南省", YN, in_title=True),                 # 《云南省基本医疗保险省内异地就医直接结算实施办法》 (a topic, no org)
    T("6个月", 6, "month"),                         # 出院之日起6个月内: 内 is not on the shared list
    # 参保地: no place
    D("2025年度", "2025"),
    # 省内, 三级医院: no place, a hospital level
    M("800元", 800),
    P("60%", 0.6),
    P("10个百分点", 0.1, points=True),
    T("70周岁", 70, "year", age=True),              # 已年满70周岁
    P("5个百分点", 0.05, points=True),
    M("15万元", 150000),                            # 年度最高支付限额为15万元: 最高 does not touch
    M("约4200元", 4200, qualifier="approx"),
    M("1.8万元", 18000),                            # 1.8万元至2万元: two units, two mentions (set 1 call 4)
    M("2万元", 20000),
    C("5项", 5, "item"),                            # 共5项材料
    R("宾川县", BC, in_org=True),                   # 宾川县政务服务中心: a facility
    # 一楼: nothing
    T("10个工作日", 10, "workday"),                 # 10个工作日内: 内 outside
    R("云南", YN, in_org=True),                     # "云南医保"APP: an app's name
    R("宾川县", BC, in_org=True),                   # 宾川县医疗保障局咨询电话
    PH("0872-7123456"),                             # 0872 is 大理白族自治州's code
    # (工作日9:00-12:00,14:30-17:30): times of day
    R("宾川县", BC, in_org=True),                   # signature
    D("2025年3月14日", "2025-03-14"),
    # 浏览次数:233: a counter
    R("大理白族自治州宾川县", BC, in_org=True),     # …人民政府办公室主办: a chain (prefecture + county) inside a government's name
]
SPEC.append(U("http://www.binchuan.example.gov.cn/hdjl/"))   # 网址: the site's address (binchuan inside it: no place)
