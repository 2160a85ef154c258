from gold_lib import *

YC, HB, XL = "420500", "420000", "420502"         # 宜昌市, 湖北省, 西陵区
YL, DY, ZJ, YD = "420506", "420582", "420583", "420581"  # 夷陵区, 当阳市, 枝江市, 宜都市
SPEC = [
    R("宜昌市", YC, in_org=True),                   # 宜昌市医疗保障事务中心2025年公开招聘工作人员公告 (headline)
    D("2025年", "2025"),
    D("2025-03-28", "2025-03-28"),                  # 发布时间 of the main article: plain (set 1 call 8); 10:15 a time of day
    R("宜昌市", YC, in_org=True),                   # 来源:宜昌市医疗保障局; 浏览次数:2316 a bare counter
    R("湖北省", HB, in_title=True),                 # 《湖北省事业单位公开招聘人员实施办法》: 事业单位 is a kind, not a body
    R("宜昌市", YC, in_org=True),                   # 宜昌市人力资源和社会保障局 (资源 in 人力资源: a common word, no place)
    R("宜昌市", YC, in_org=True),                   # 宜昌市医疗保障事务中心面向社会…
    C("6名", 6, "person"),
    # 一、…六、, (一)…(四): list numbers
    C("3个", 3, "item"),                            # 本次招聘岗位3个
    # 岗位表 header: nothing. 岗位代码 2025001/2025002/2025003: codes (no 年, not dates)
    C("3名", 3, "person"),
    # 临床医学(100201K), 会计学(120203K), (0812): 专业代码, nothing; 本科及以上: an education level
    T("35周岁以下", 35, "year", age=True, qualifier="max"),
    C("2名", 2, "person"),
    T("2年以上", 2, "year", qualifier="min"),       # 具有2年以上财务工作经历
    C("1名", 1, "person"),                          # digit 1 (set 1 call 13)
    T("30周岁以下", 30, "year", age=True, qualifier="max"),
    # 中华人民共和国: 共和 is part of a longer name
    T("18周岁以上", 18, "year", age=True, qualifier="min"),
    T("35周岁以下", 35, "year", age=True, qualifier="max"),
    D("1989年3月1日以后", "1989-03-01", qualifier="from"),   # a birth date bound: a date, not an age; 出生 outside
    T("40周岁", 40, "year", age=True),              # 放宽至40周岁: 至 a preposition
    D("1984年3月1日以后", "1984-03-01", qualifier="from"),
    R("湖北省", HB),                                # 湖北省户籍或生源: a place before a topic
    R("夷陵区", YL),                                # 夷陵区、当阳市、枝江市、宜都市的基层医保经办机构: 的 + a generic
    R("当阳市", DY),                                # description, no proper name (call 3)
    R("枝江市", ZJ),
    R("宜都市", YD),
    T("5年", 5, "year"),                            # 服务满5年 (满 is no qualifier)
    T("3年", 3, "year"),                            # 被解聘未满3年
    D("2025年4月7日", "2025-04-07"),                # 2025年4月7日9:00至4月11日17:00: times inside, two dates
    D("4月11日", "--04-11"),                        # (set 20's 2025年3月5日9:00至2025年3月12日17:00); 9:00, 17:00 times
    U("https://rsj.yichang.example.gov.cn/zhaopin"),
    M("100元", 100),                                # 报名费每人每科100元: 每 + a classifier, no period
    T("2个工作日", 2, "workday"),                   # 报名后2个工作日内: 内 is not 以内
    D("2025年4月26日", "2025-04-26"),               # 上午 outside; 9:00-11:00 times
    R("宜昌市西陵区", XL),                          # 考点 address chain; 东山大道118号: a road and its number (东山 in a road name: no place)
    # 三峡职业技术学院: 三峡 is no division
    # 满分100分, 最低合格分数线60分: scores, no unit of any type (guidelines: 200分); 1:3 a ratio
    P("60%", 0.6),                                  # 笔试成绩×60%
    P("40%", 0.4),
    R("宜昌市", YC, in_org=True),                   # 宜昌市医疗保障局网站
    T("7个工作日", 7, "workday"),
    T("6个月", 6, "month"),                         # 试用期6个月
    T("5年", 5, "year"),                            # 最低服务期5年: 最低 does not touch (服务期 between)
    M("4000-6000元", (4000, 6000)),                 # 试用期月薪4000-6000元: 月薪 is no period word (set 33 call 4)
    M("约800元", 800, qualifier="approx"),          # 每月另发绩效约800元: 另发绩效 between 每月 and the amount, no period
    PH("0717-6228351"),                             # (工作日8:30-12:00,14:30-17:30): times of day
    PH("0717-6228307"),
    E("ycybzx_zp@yichang-yb.example.cn"),
    # 附件:1.: a list number
    R("宜昌市", YC, in_org=True),                   # 宜昌市医疗保障事务中心2025年公开招聘岗位表
    D("2025年", "2025"),
    R("宜昌市", YC, in_org=True),                   # signature
    D("2025年3月28日", "2025-03-28"),
]
