from gold_lib import *

QD, SN = "370200", "370202"                         # 青岛市, 市南区
SPEC = [
    R("青岛市", QD, in_org=True),                   # 青岛市市立医院 (header); the English name: nothing
    D("2025-11-18", "2025-11-18"),                  # 发布时间 (main article: plain date, set 1 call 8); 16:02:37 a time
    # 浏览次数:2318: a counter
    D("2025年11月20日起", "2025-11-20", qualifier="from"),
    R("市南区", SN),                                # 本部(市南区胶州路1号): an address; 胶州 is part of the road's name
    # 一、窗口设置: 1楼, 2楼, B1层 (floors), 1-6号窗口, 7号窗口, 11-16号窗口, 18号窗口, 21-24号窗口 (window numbers): nothing
    R("崂山区", "370212"),                          # 东院区(崂山区东海中路5号): 东海 is part of the road's name
    # 周一至周日7:30-17:00: weekdays and times
    D("3月起", "--03", qualifier="from"),           # 今年3月起
    C("12个", 12, "item"),                          # 12个病区
    T("40分钟", 40, "minute"),
    T("约8分钟", 8, "minute", qualifier="approx"),
    D("10月底", "--10", qualifier="approx"),        # 截至10月底: 截至 is a preposition
    C("6821人次", 6821, "person"),
    P("62.4%", 0.624),
    D("11月20日起", "--11-20", qualifier="from"),
    C("48个", 48, "item"),                          # 全院48个病区
    M("每次1000元", 1000, period="time"),
    P("20%", 0.2),
    C("31个", 31, "item"),                          # 全国31个省(自治区、直辖市): 全国 no place
    DR("1至10月", "--01", "--10"),                  # 今年1至10月: a month range like 1-6月
    R("山东省", "370000"),                          # 山东省外患者: a plain place (省外 is outside it)
    C("1.52万人次", 15200, "person"),
    M("3.96亿元", 396000000),
    M("2.41亿元", 241000000),
    R("黄岛区", "370211"),
    R("即墨区", "370215"),
    P("90%", 0.9),
    P("95%", 0.95),
    # 四、注意事项 1. 2. 3.: list numbers
    T("3个工作日", 3, "workday"),
    T("30日", 30, "day"),                           # 出院后30日内: 内 is not on the list
    # 18号窗口: a window number
    PH("0532-82789135"),
    PH("0532-82789140"),
    PH("12345"),
    E("ybb@qdslyy.example.org.cn"),
    D("2025年度", "2025"),                          # 上一篇: …2025年度山东省医疗保障信用评价A级…
    R("山东省", "370000"),                          # a place before a programme (信用评价), no org; A级 nothing
    R("青岛市", QD, in_org=True),                   # 下一篇: 青岛市医保局 (an office written short)
    R("青岛市", QD, in_org=True),                   # 版权所有:青岛市市立医院; 鲁ICP备12001234号-1: a registration number (鲁: one character)
    R("青岛市市南区", SN),                          # 地址: a chain; 胶州路1号 and 邮编:266011: nothing
]
