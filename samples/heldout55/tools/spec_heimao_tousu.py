from gold_lib import *

CS, HN, YL = "430100", "430000", "430104"          # 长沙市, 湖南省, 岳麓区
SPEC = [
    # 示例健康保险股份有限公司: 康保 (河北's county) inside 健康保险 is part of a word, no place
    # 投诉编号:17390215688: an 11-digit complaint ID shaped like a mobile number; an ID, no phone (call 7)
    M("53,520元", 53520),                           # 投诉要求
    M("53520元", 53520),                            # 涉诉金额
    T("3年", 3, "year"),                            # 买了3年的
    # 花了6万多: 多 with no unit after it (and 万 without 元), nothing
    R("长沙", CS, in_org=True),                     # 发布者:长沙刘女士: the poster's screen name (guidelines: a screen name is a proper name)
    D("2026-02-17", "2026-02-17"),                  # 21:36 is a time
    R("湖南", HN),                                  # IP属地
    D("2023年5月", "2023-05"),
    # 某短视频平台: 某 names nothing
    M("每月最低1.5元起", 1.5, period="month", qualifier="min"),   # quoted ad copy (call 2)
    # 最高600万: 万 without 元 (call 1)
    T("58岁", 58, "year", age=True),
    # 保单号:SL2023051800296617: a policy number; 20230518 inside it is no date
    M("1,160元左右", 1160, qualifier="approx"),     # 每年保费1,160元左右: 保费 separates 每年 from the amount (no period)
    T("3年", 3, "year"),                            # 连续缴费3年
    M("约3500元", 3500, qualifier="approx"),
    D("2025年11月2日", "2025-11-02"),
    # 中南大学湘雅医院: no division name in it
    T("12天", 12, "day"),
    D("11月14日", "--11-14"),
    M("86,920元", 86920),
    R("湖南省", HN),                                # 湖南省医保: a programme, plain
    R("长沙市", CS),                                # 长沙市职工医保: a programme, plain
    M("约23,400元", 23400, qualifier="approx"),
    M("1万元", 10000),                              # 1万元免赔额: here the unit is written
    P("100%", 1),
    M("53,520元", 53520),
    D("11月20日", "--11-20"),
    D("12月26日", "--12-26"),
    T("2年", 2, "year"),                            # 投保前2年内
    D("2021年", "2021"),
    # 开过一次药: lone 一
    T("1年", 1, "year"),                            # 过去1年内
    C("7次", 7, "time"),
    T("两个月", 2, "month"),                        # 快两个月: 快 is not a qualifier
    R("长沙", CS, in_org=True),                     # 长沙分公司
    R("长沙市岳麓区", YL),                          # address: the chain, the county
    PH("0731-88451236", city="长沙市"),             # 0731 is shared; the article's city is 长沙
    P("50%", 0.5),
    M("26,760元", 26760),
    # 1. 2. 3.: list numbers
    M("53,520元", 53520),
    T("30个工作日", 30, "workday"),
    M("每月最低1.5元起", 1.5, period="month", qualifier="min"),
    M("1160元", 1160),                              # 实际年缴1160元: 年缴 is no period word
    D("2026-02-24", "2026-02-24"),
    T("3个工作日", 3, "workday"),
    PH("4006885299"),                               # toll-free written without separators
    PH("138 7312 6480"),
    # 2星: a rating, nothing
    T("7天", 7, "day"),                             # 回复时长 7天
    # 浏览 1.2万: a counter with no unit
]
