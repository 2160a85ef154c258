from gold_lib import *

HZ, SX = "610700", "610000"   # 汉中市, 陕西省
CG, YX, MX = "610722", "610723", "610725"   # 城固县, 洋县, 勉县
SPEC = [
    R("汉中市", HZ, in_org=True),                   # site header 汉中市医疗保障局
    # breadcrumb, 字号:大 中 小: chrome, nothing
    # 王某 党组书记、局长: a person and titles
    D("1972年6月", "1972-06"),                      # 1972年6月生: 生 is no qualifier
    R("陕西城固", CG),                              # 陕西城固人: province + county short name, one chain
    D("1994年7月", "1994-07"),                      # 参加工作
    D("1998年3月", "1998-03"),                      # 加入中国共产党 (中国: no division)
    # 省委党校: 省 alone no place
    DR("1994年7月至2003年12月", "1994-07", "2003-12"),
    R("城固县", CG, in_org=True),                   # 城固县卫生局
    DR("2004年1月至2011年8月", "2004-01", "2011-08"),
    R("汉中市", HZ, in_org=True),                   # 汉中市劳动和社会保障局
    DR("2011年9月至2018年12月", "2011-09", "2018-12"),
    R("汉中市", HZ, in_org=True),                   # 汉中市人力资源和社会保障局 (资源: a common word, no place)
    D("2019年1月", "2019-01"),                      # 2019年1月至今: 今 is no date, no range, 至今 no qualifier
    R("汉中市", HZ, in_org=True),
    D("1978年11月", "1978-11"),
    R("陕西洋县", YX),                              # 陕西洋县人: one chain (洋县: one character + 县)
    D("2001年8月", "2001-08"),
    DR("2001年8月至2010年5月", "2001-08", "2010-05"),
    R("洋县", YX, in_org=True),                     # 洋县人民医院
    DR("2010年6月至2019年1月", "2010-06", "2019-01"),
    R("汉中市", HZ, in_org=True),                   # 汉中市卫生健康委员会
    R("汉中市", HZ, in_org=True),                   # (原汉中市卫生局): a former organisation, still an organisation's name
    D("2019年2月", "2019-02"),                      # 至今
    R("汉中市", HZ, in_org=True),
    # 分工: 待遇保障科 etc., no mentions
    R("南郑区", "610703"),                          # 联系南郑区、勉县、西乡县医疗保障工作: places before a topic, not in_org
    R("勉县", MX),
    R("西乡县", "610724"),
    D("1980年3月", "1980-03"),
    R("陕西勉县", MX),                              # 陕西勉县人
    D("2003年7月", "2003-07"),
    DR("2003年7月至2016年10月", "2003-07", "2016-10"),
    R("勉县", MX, in_org=True),                     # 勉县财政局
    DR("2016年11月至2021年4月", "2016-11", "2021-04"),
    R("汉中市", HZ, in_org=True),                   # 汉中市财政局
    D("2021年5月", "2021-05"),                      # 至今
    R("汉中市", HZ, in_org=True),
    R("汉台区", "610702"),                          # 联系…医疗保障工作: a topic, not in_org
    R("城固县", CG),
    R("洋县", YX),
    R("宁强县", "610726"),
    R("略阳县", "610727"),
    R("镇巴县", "610728"),
    R("留坝县", "610729"),
    R("佛坪县", "610730"),
    # 机构职能
    R("汉中市", HZ, in_org=True),
    # 市政府: 市 alone no place; 正县级, 副县级: ranks, no mentions
    D("2019年1月", "2019-01"),
    C("5个", 5, "item"),                            # 5个内设科室
    R("汉中市", HZ, in_org=True),                   # 汉中市医疗保障经办中心
    C("1个", 1, "item"),                            # 1个副县级事业单位: digit 1 is no lone determiner 一 (1名 is a count)
    C("15名", 15, "person"),                        # 行政编制15名
    C("32名", 32, "person"),
    # 1. … 5.: list numbers
    R("陕西省", SX),
    D("2024年", "2024"),
    M("每年380元", 380, period="year"),             # 每人每年380元 (set 1 call 2)
    D("2025年", "2025"),
    M("每年400元", 400, period="year"),
    P("50%以上", 0.5, qualifier="min"),
    T("3个月", 3, "month"),                         # 3个月内: 内 is not on the shared list
    R("陕西省汉中市汉台区", "610702"),              # 办公地址: one chain; 天汉大道568号 a road and house number
    # 周一至周五 8:00-12:00,14:30-18:00: weekdays and times of day, nothing
    PH("0916-2216531"),
    PH("0916-2216530"),                             # 传真: a fax number is a phone (set 16 call 2)
    PH("12393"),
    E("hzyb_office@example.com"),
    R("汉中市", HZ, in_org=True),                   # 主办:汉中市医疗保障局; 陕ICP备05012345号-1: a registration number (陕: one character)
]
