from gold_lib import *

WF = "370700"
SPEC = [
    # 《鸢都民生说》: 鸢都 (a nickname of 潍坊) is not in the gazetteer; 第27期 an issue number; 一次讲清楚: lone 一
    T("46分钟", 46, "minute"),
    D("2025年3月6日", "2025-03-06"),
    R("潍坊市", WF, in_org=True),                    # 潍坊市医疗保障局待遇保障科
    D("三月份", "--03"),                             # 份 is part of it (like 1月份)
    R("潍坊市", WF, in_org=True),                    # 潍坊市医保局
    C("5个", 5, "item"),
    # 时间轴: 00:00 03:42 11:15 19:30 27:08 35:50 44:20 are positions in the episode (mm:ss), like times: nothing
    M("100块", 100),
    P("百分之五十", 0.5),
    M("3000元", 3000),
    R("寿光", "370783"), R("青州", "370781"),      # county-level cities under 潍坊; 县里/市里: no places
    # 两病: 病 is no classifier
    M("三百六十元", 360),                            # 每年最多报三百六十元: 报 stands between, neither 每年 nor 最多 touches
    # 摘录: 一个年度 (lone 一), 第一次 (ordinal), 一半 (no unit)
    M("100块", 100),
    P("百分之五十", 0.5),
    M("四百块", 400),                                # 一年最多报四百块: 一年 lone 一, 最多 does not touch
    M("两三百块", (200, 300)),                       # 每个月能划两三百块: 能划 between, no period
    P("2%", 0.02),
    M("120元", 120),                                 # 每月定额划120元: 每月 does not touch (set 7)
    M("每年1000元", 1000, period="year"),
    P("60%", 0.6), P("70%", 0.7),
    M("3000元", 3000),
    R("诸城", "370782"), R("寿光", "370783"),      # 县市区: no place
    D("2024年1月1日起", "2024-01-01", qualifier="from"),
    R("奎文区", "370705", in_org=True),              # @奎文区张阿姨: a screen name is an account's name (maintainer, session 12: the tool's @handle rule; the annotator had plain)
    T("七十二岁", 72, "year", age=True),
    M("二百多块", 200, qualifier="min"),            # 多 between the number and the unit; 大概 is not on the list
    R("青州", "370781", in_org=True),                # @青州小刘 (an account's name, maintainer's correction as above); 几天: no number
    T("3个工作日", 3, "workday"),                    # 内 is no qualifier
    # 小宇宙, 喜马拉雅: app names, no places
    U("https://podcast.example.com/ydmss/27"),
    R("潍坊", WF, in_org=True),                      # 潍坊广播电视台新闻综合频率
    PH("0536-8186021"),
]
