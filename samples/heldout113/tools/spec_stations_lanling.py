from gold_lib import *

LL = "371324"                                        # 兰陵县 (临沂市, 0539)
SPEC = [
    R("兰陵县", LL),                                 # title 兰陵县乡镇(街道)医保服务站一览表: a place before a list's topic
    D("2025-09-16", "2025-09-16"),                   # 发布时间 (set 1 call 8: no role); 10:20 a time
    R("兰陵县", LL, in_org=True),                    # 来源:兰陵县医疗保障局
    # 浏览次数:3417: a counter, no unit
    # 我县: no name
    T("15分钟", 15, "minute"),                       # “15分钟医保服务圈”: slogan, still a duration (sets 11, 22, 52)
    C("17个", 17, "item"),
    C("328个", 328, "item"),
    # 8:30-12:00、13:30-17:00, 9:00-11:30: times of day; 周六上午: no number
    C("28项", 28, "item"),                           # 可办理事项28项
    C("2台", 2, "piece"),                            # 自助终端2台
    # 1.–8.: list numbers; 卞庄街道, 苍山街道, 向城镇, 兰陵镇, 尚岩镇, 车辋镇, 大仲村镇, 芦柞镇: townships and streets, below the gazetteer
    R("兰陵县", LL),                                 # 地址:兰陵县卞庄街道文化路88号…: an address; 88号, 1楼, 3号窗口: house, floor and window numbers
    PH("0539-5221638"),
    R("兰陵县", LL, in_org=True),                    # 兰陵县政务服务中心 (a facility's name); 2楼205室, 会宝路216号: floor, room, house numbers
    PH("0539-5236417"),
    # 向城镇向阳路12号镇为民服务中心1楼: a township's facility, house and floor numbers; 向阳 in 向阳路 a road (佳木斯's 向阳区 not meant)
    PH("0539-5401273"),
    # 兰陵镇医保服务站, 兰陵镇兰陵路东段36号: 兰陵 inside a township's and a road's name (townships and streets are no places; 零陵北路, set 1)
    PH("0539-5382150"),
    # 尚岩镇政府院内东侧2号楼102室: 2号楼 (号 is no classifier), room 102
    PH("0539-5351469"),
    # 车辋镇驻地临枣路北8号: 临枣路 a road (临沂–枣庄), 路北 (唐山's 路北区) spans road + 北, 8号 a house number
    PH("0539-5318827"),
    # 大仲村镇为民服务中心3楼301室: floor and room
    PH("0539-5455206"),
    # 芦柞镇芦柞村中心街19号: a village and a house number
    PH("0539-5420938"),
    C("9个", 9, "item"),                             # (其余9个服务站信息见附件)
    # 芦柞镇东洪沟村医保服务点: a village's point, no place of the gazetteer
    PH("135 6399 2846"),
    # 每周二、周四全天: weekdays, no number
    # 向城镇小店村医保服务点, 村党群服务中心1楼: village (小店 in 小店村: 太原's 小店区 not meant), floor
    PH("158 6398 1273"),
    # 温馨提示 1.–5.: list numbers
    C("8项", 8, "item"),
    T("10个工作日", 10, "workday"),                  # 10个工作日内: 内 is no qualifier
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    D("每月15日", "---15", relative_to="every_month"),   # 每月上门服务日为每月15日
    PH("12393"),
    PH("(0539)5212345"),                             # a fixed number: no 12345 service number inside it
    DR("2025年10月1日至12月31日", "2025-10-01", "2025-12-31", _nb=True),   # 5.2025年…: list number 5. then the range (guard lifted)
    D("2026年度", "2026"),
    # 延长服务至18:00: 延长 a verb (延安's 延长县 not meant), 18:00 a time
    R("兰陵县", LL, in_org=True),                    # footer 兰陵县医疗保障局
    R("兰陵县", LL),                                 # 地址:兰陵县会宝路216号: an address; 邮编:277700 a postcode
]
SPEC.append(U("https://ybj.lanling.example.gov.cn/fwz/2025"))   # lanling, 2025 inside the URL: nothing
