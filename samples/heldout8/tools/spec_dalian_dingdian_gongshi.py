from gold_lib import *

DL = "210200"                                       # 大连市 (辽宁省)
ZS, XG, GJZ, LSK, SHK, JZ, PLD, CH, WFD, ZH = (
    "210202", "210203", "210211", "210212", "210204", "210213", "210214", "210224", "210281", "210283")
# 中山区, 西岗区, 甘井子区, 旅顺口区, 沙河口区, 金州区, 普兰店区, 长海县, 瓦房店市, 庄河市
SPEC = [
    R("大连市", DL, in_org=True),                   # headline: 大连市医疗保障局关于…的公示
    D("2025年", "2025"),                            # 2025年第一批: the year; 第一批 an ordinal
    # 医保定点 (保定): no place
    D("2025-01-10", "2025-01-10"),                  # 发布时间 (set 1 call 8); 16:30 a time
    R("大连市", DL, in_org=True),                   # 来源:大连市医疗保障局
    # 访问量:3172: a counter; 国家医疗保障局令第2号、第3号: document numbers
    R("大连市", DL, in_title=True),                 # 《大连市定点医药机构协议管理经办规程》
    C("13家", 13, "institution"),
    C("6家", 6, "institution"),
    C("7家", 7, "institution"),
    # 我市: no place
    DR("2025年1月10日至1月16日", "2025-01-10", "2025-01-16"),
    T("5个工作日", 5, "workday"),                   # (5个工作日)
    R("大连市", DL, in_org=True),                   # 大连市医疗保障局医药服务管理处
    PH("0411-39051286"),
    PH("0411-39051273"),
    E("dlybyyc@example.gov.cn"),
    R("大连市西岗区", XG),                          # an address: the chain; 长春路 (长春 in a road's name) no place
    # 118号: a house number; 邮编:116011: a postcode (no phone)
    D("2025年", "2025"),                            # 附件:2025年第一批…名单 (an attachment's name, set 4 call 19)
    # table (flattened): 序号 1…7: list numbers; 机构编码 H21020200317 …, P21020202231 …: codes, no numbers
    # of anything; 统一社会信用代码 (18 characters, also 12210281463107725X with 17 digits): no phone, no count
    # (set 2 call 9); house numbers (56号 …) and postcodes (116001 …): nothing
    C("6家", 6, "institution"),                     # 一、医疗机构(6家)
    # row 1
    R("大连市中山区", ZS, in_org=True),             # 大连市中山区人民路社区卫生服务中心 (中山区: 大连's, no 中山市)
    R("大连市中山区", ZS),                          # the address; 人民路: a road
    PH("0411-82703391"),
    # row 2
    R("大连西岗", XG, in_org=True),                 # 大连西岗仁和口腔门诊部: city + district short names, one chain;
                                                    # 仁和 (a trade name; 仁和区 is 攀枝花's): no place
    R("西岗区", XG),                                # 西岗区新开路88号
    PH("0411-83617725"),
    # row 3
    R("大连市甘井子区", GJZ, in_org=True),          # 大连市甘井子区泉水康复医院 (泉水: no place)
    R("甘井子区", GJZ),
    PH("0411-86554120"),                            # ends in 120: one fixed line, no service number
    # row 4
    R("瓦房店市", WFD, in_org=True),                # 瓦房店市复州城中心卫生院 (复州城: a town; 城中 across 复州城|中心: no place)
    R("瓦房店市", WFD),                             # 瓦房店市复州城镇复州大街12号 (a town and a street: no places)
    PH("0411-85771206"),
    # row 5
    R("庄河市", ZH, in_org=True),                   # 庄河市仁爱医院
    R("庄河市", ZH),                                # 庄河市昌盛街道黄河路209号 (a 街道 and a road: no places)
    PH("0411-89812355"),
    # row 6
    R("大连旅顺口区", LSK, in_org=True),            # 大连旅顺口区博仁中医诊所
    R("旅顺口区", LSK),                             # 长江路: a road
    PH("13804098721"),                              # a mobile in the phone column
    C("7家", 7, "institution"),                     # 二、零售药店(7家)
    # row 1
    R("大连", DL, in_org=True),                     # 大连德仁堂大药房连锁有限公司中山广场店: 中山广场 (a square named
                                                    # after 孙中山, set 3 call 12) is no 中山区 inside the branch's name
    R("中山区", ZS),                                # 中山区中山广场5号: the district; 中山广场 no place
    PH("0411-82639018"),
    # row 2
    R("大连", DL, in_org=True),                     # 大连百姓缘大药房沙河口店
    R("沙河口", SHK, in_org=True),                  # …沙河口店: the district's short name in the branch's name
    R("沙河口区", SHK),                             # 沙河口区西安路139号 (西安 in a road's name: no place)
    PH("0411-84302516"),
    # row 3
    R("大连金州", JZ, in_org=True),                 # 大连金州益康药店 (a chain)
    R("金州区", JZ),                                # 友谊街道 (友谊县 is in 黑龙江), 斯大林路: no places
    PH("0411-87625530"),
    # row 4
    R("普兰店区", PLD, in_org=True),                # 普兰店区济生堂药房
    R("普兰店区", PLD),                             # 丰荣街道南山路23号 (南山 in a road's name: no place)
    PH("15942615837"),
    # row 5
    R("长海县", CH, in_org=True),                   # 长海县广鹿岛福康药店 (广鹿岛: an island, below county level)
    R("长海县", CH),                                # 长海县广鹿乡沙尖村 (a township and a village: no places)
    PH("0411-89245186"),
    # row 6
    R("庄河市", ZH, in_org=True),                   # 庄河市康济大药房
    R("庄河市", ZH),                                # 庄河市新华街道北京路45号 (新华 in a 街道's name, 北京 in a road's name: no places)
    PH("0411-89731662"),
    # row 7
    R("瓦房店市", WFD, in_org=True),                # 瓦房店市同济堂药店
    R("瓦房店市", WFD),                             # 共济街道长春路88号 (长春 in a road's name: no place)
    PH("13998591046"),
    R("大连市", DL, in_org=True),                   # signature
    D("2025年1月10日", "2025-01-10"),
]
