from gold_lib import *

MY = "510700"                                       # 绵阳市
FC, YX, JY, ST, AZ, BC, YT, PW, ZT = "510703", "510704", "510781", "510722", "510705", "510726", "510723", "510727", "510725"
SPEC = [
    R("绵阳市", MY, in_org=True),                   # 绵阳市医疗保障局2025年3月…通报 (the issuing office's name)
    D("2025年3月", "2025-03"),
    # "好差评": nothing
    D("2025-04-08", "2025-04-08"),                  # 发布时间:2025-04-08 10:15: 10:15 a time of day
    R("绵阳市", MY, in_org=True),                   # 来源:绵阳市医疗保障局
    # 浏览次数:1562: a counter, no unit
    # 一、: list number
    DR("2025年3月1日至3月31日", "2025-03-01", "2025-03-31"),
    # 全市: no place
    C("12,345件", 12345, "item"),                   # 办件量12,345件 (comma group)
    C("8,210件", 8210, "item"),
    P("66.5%", 0.665),
    C("11,902件", 11902, "item"),
    P("96.4%", 0.964),
    C("11,887件", 11887, "item"),
    P("99.87%", 0.9987),
    C("3件", 3, "item"),                            # 差评3件
    P("100%", 1),                                   # 整改率100%
    P("98%以上", 0.98, qualifier="min"),
    T("1.5个工作日", 1.5, "workday"),
    D("2月", "--02"),                               # 较2月缩短: yearless month
    T("0.3个工作日", 0.3, "workday"),
    M("56 300元", 56300),                           # thousands grouped by a space
    C("214人", 214, "person"),
    # 二、各县(市、区)排名: list number, no place; 1.–8.: row numbers (list numbers)
    R("涪城区", FC), C("2,856件", 2856, "item"), P("99.96%", 0.9996),
    R("游仙区", YX), C("1,734件", 1734, "item"), P("99.94%", 0.9994),
    R("江油市", JY), C("2,102件", 2102, "item"), P("99.90%", 0.999),
    R("三台县", ST), C("1,988件", 1988, "item"), P("99.85%", 0.9985),
    R("安州区", AZ), C("967件", 967, "item"), P("99.79%", 0.9979),
    R("北川羌族自治县", BC), C("412件", 412, "item"), P("99.76%", 0.9976),
    R("盐亭县", YT), C("876件", 876, "item"), P("99.66%", 0.9966),
    R("平武县", PW), C("305件", 305, "item"), P("99.35%", 0.9935),
    R("梓潼县", ZT),                                # (梓潼县系统升级…): 下月 no date
    # 三、, (一)(二)(三): list numbers
    D("3月6日", "--03-06"),
    R("三台县", ST),
    # 一名参保人: lone 一
    C("两次", 2, "time"),                           # 需提交两次
    # 一次性: lone 一
    D("3月8日", "--03-08"),
    D("3月14日", "--03-14"),
    R("平武县", PW),
    # 王某: a person
    R("平武县", PW, in_org=True),                   # 平武县医保中心 (set 1's 南陵县医保中心)
    C("2个", 2, "item"),                            # 咨询坐席2个
    PH("0816-8821345"),
    D("3月22日", "--03-22"),
    R("盐亭县", YT),
    T("超过10个工作日", 10, "workday", qualifier="min"),   # 超过 is on the shared list (min)
    D("3月25日", "--03-25"),
    M("2 460元", 2460),                             # a space-grouped amount
    # 四、: list number
    D("4月起", "--04", qualifier="from"),
    # "一窗通办": nothing
    C("36个", 36, "item"),
    T("1个工作日以内", 1, "workday", qualifier="max"),   # 压缩至1个工作日以内: digit 1, not a lone 一
    P("99.8%以上", 0.998, qualifier="min"),
    R("绵阳", MY, in_org=True),                     # "绵阳医保"微信公众号: an account's name
    PH("12345"),                                    # 12345热线
    PH("12393"),
    E("hcp_mybj@example.gov.cn"),
    R("绵阳市", MY, in_org=True),                   # signature
    D("2025年4月8日", "2025-04-08"),
]
