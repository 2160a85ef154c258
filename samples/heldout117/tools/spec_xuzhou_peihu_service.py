from gold_lib import *

XZ, JS = "320300", "320000"                         # 徐州市, 江苏省
SPEC = [
    R("徐州", XZ, in_org=True),                     # 徐州医科大学附属医院 (page header)
    # 护理部, 首页 > 患者服务: no numbers
    D("2025-06-03", "2025-06-03"),                  # 发布时间 (main article: no role)
    # 浏览次数:3182: a counter, bare number
    D("2023年3月起", "2023-03", qualifier="from"),
    C("28个", 28, "item"),                          # 28个病区
    # 一、二、 1. 2. 3. 4.: list numbers; 一对一: no count (call 3); 一名护工, 一位患者: lone 一
    T("24小时", 24, "hour"),                        # 24小时在岗
    M("150-280元/天", (150, 280), period="day"),    # one-unit range, /天 after the unit → day
    # 三档, A档/B档/C档: 档 is no classifier
    M("每天150元", 150, period="day"),
    M("每天200元", 200, period="day"),
    M("每天280元", 280, period="day"),
    # 一对多: no count; 一名护工: lone 一
    C("2-4位", {"min": 2, "max": 4}, "person"),     # a range of counts, as 2~4周 for durations
    M("每天80元", 80, period="day"),                # 每人每天80元至120元: two amounts (set 1 call 4); 每人 is no period
    M("120元", 120),
    M("25元", 25),                                  # 每小时25元: 每小时 is no period word (call 1)
    T("4小时", 4, "hour"),                          # 最少预约4小时: 最少 is not on the shared list
    # 7:00-19:00: a time range
    T("24小时", 24, "hour"),                        # 24小时(全天)
    R("徐州市", XZ),                                # 徐州市长期护理保险: a place before a programme
    T("1天", 1, "day"),                             # 不足1天: 不足 is not on the list
    T("半天", 0.5, "day"),                          # 按半天计: like 半年 (call 4)
    T("半天", 0.5, "day"),                          # 半天收费
    P("50%", 0.5),
    # 12病区3床: a ward and bed number (床 is no classifier; call 3)
    T("6天", 6, "day"),
    M("1200元", 1200),
    # 不少于40学时: 学时 (class hours) is not a unit of the guidelines
    C("312名", 312, "person"),
    T("46岁", 46, "year", age=True),                # 平均年龄46岁
    C("1人", 1, "person"),                          # 限1人
    M("5元", 5),                                    # 工本费5元
    # 门诊楼2楼: a floor number
    PH("0516-85802345"),
    PH("139 5200 6789"),
    # 8:00-17:30: times
    R("江苏省徐州市", XZ),                          # address chain; 淮海西路99号: a road and a house number (海西 inside it is no place)
]
