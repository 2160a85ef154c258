from gold_lib import *

GZ, JX = "360700", "360000"                         # 赣州市, 江西省
ZG, NK, GX = "360702", "360703", "360704"           # 章贡区, 南康区, 赣县区
SPEC = [
    R("赣州市", GZ, in_org=True),                   # 赣州市医疗保障局 (heading)
    # 关于2O25年第二批…: an OCR letter O inside the year: no date (call 3); 第二批: an ordinal;
    # 医保定点: 保定 is inside two words (医保 + 定点), no place
    # OCR spaces inside ordinary words (公 示, 现场 评估, 书面形式 向, 电子 邮箱) change nothing (set 21 call 1)
    R("江西省", JX, in_title=True),                 # 《江西省医疗保障定点医药机构管理实施细则》: a title, no organisation's name
    # 拟将以下l2家: an OCR letter l for 1: no count (call 3)
    DR("2025年6月9日至6月13日", "2025-06-09", "2025-06-13"),
    T("5个工作日", 5, "workday"),                   # 共5个工作日
    # table: 序号 1…12 are row numbers; road numbers (18号, 66号, l08号, 3l号 …) are nothing
    R("赣州章贡", ZG, in_org=True),                 # 赣州章贡康宁诊所: a chain of short names (city + county), the county
    R("章贡区", ZG),                                # address; 红旗大道: a road (红旗 is 新乡's district only as a name part)
    PH("0797-8231456"),
    R("赣州市南康区", NK, in_org=True),             # 赣州市南康区仁和大药房: 仁和 is the shop's name (攀枝花's 仁和区 elsewhere)
    R("南康区", NK),                                # address (蓉江街道: a street; 东山路: a road)
    PH("0797-6623018"),
    R("赣县区", GX, in_org=True),                   # 赣县区梅林镇中心卫生院
    R("赣县区", GX),                                # address (梅林镇: a township)
    PH("0797-4432170"),
    R("于都县", "360731", in_org=True),             # 于都县贡江大药房连锁二店 (二店: a shop's number, no count)
    R("于都县", "360731"),                          # 长征大道l08号: a road number with an OCR l, nothing either way
    # 0797-6238l45: an OCR letter l inside the number: no phone (call 3)
    R("瑞金市", "360781", in_org=True),
    R("瑞金市", "360781"),                          # 象湖镇 (township), 八一路 (road)
    PH("0797-2512367"),
    R("信丰县", "360722", in_org=True),
    R("信丰县", "360722"),                          # 嘉定镇: a township (嘉定 is 上海's district only as a name part), 阳明路: a road; nothing
    PH("139 7076 2285"),                            # a mobile with spaces
    R("宁都县", "360730", in_org=True),             # 宁都县 济民诊所: an OCR space after the place inside the name (set 21 call 1)
    R("宁都县", "360730"),                          # 梅江镇 (township; 梅江 is 梅州's district elsewhere), 中山路 (road): nothing
    # 0797-6829O13: an OCR letter O inside the number: no phone (call 3)
    R("兴国县", "360732", in_org=True),
    R("兴国县", "360732"),                          # 潋江镇, 将军大道: nothing
    PH("0797-5321906"),
    # — 1 —: a page number
    R("龙南市", "360783", in_org=True),
    R("龙南市", "360783"),                          # 龙南市龙南镇: 龙南 in 龙南镇 is a township's name, nothing
    PH("0797-3552180"),
    R("安远县", "360726", in_org=True),
    R("安远县", "360726"),                          # 欣山镇, 濂江路: nothing
    PH("0797-3712249"),
    R("上犹县", "360724", in_org=True),             # 上犹县东山镇卫生院
    R("上犹县", "360724"),                          # 东山镇, 解放路: a township and a road, nothing
    PH("0797-8543316"),
    R("赣州", GZ, in_org=True),                     # 赣州经开区福康大药房: 经开区 is no gazetteer unit; the place is in the name
    R("赣州", GZ),                                  # address 赣州经开区金岭西路88号
    PH("0797-8393027"),
    R("赣州市", GZ, in_org=True),                   # 赣州市医疗保障局医药服务管理科
    T("2年", 2, "year"),                            # 2年内: 内 is not on the shared list
    # 不超过3O日: an OCR letter O inside the number: no duration (call 3)
    R("赣州市章贡区", ZG),                          # 受理地址: an address chain (长征大道1号, 6楼: nothing)
    PH("0797-8160312"),
    PH("8160315", city="赣州市", inferred_code="0797"),   # 8160315(传真): a fax line, local 7 digits completed from 赣州
    E("gzybj_dd@example.com"),
    # 达到l00%: an OCR letter l inside the number: no percent (call 3; the brief's l0% case)
    P("不低于95%", 0.95, qualifier="min"),
    R("赣州市", GZ, in_org=True),                   # signature; (印 章): seal text, nothing
    D("2025年6月6日", "2025-06-06"),
    # — 2 —: a page number
]
