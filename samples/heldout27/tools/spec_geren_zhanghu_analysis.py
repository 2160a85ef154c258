from gold_lib import *

HZ = "330100"                                # 杭州市
SPEC = [

    T("三年", 3, "year"),                           # 个人账户改革三年观察: 三 is a numeral (not the lone 一)
    # 作者:张某(某高校社会保障研究中心): nothing
    D("2021年4月", "2021-04"),
    # 《关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》: no mention
    DR("2021—2023年", "2021", "2023"),              # a year range written with an em dash (call 1)
    R("浙江省杭州市", HZ),                          # a chain: one mention at its most specific level
    # 一、二、三、…: list numbers
    P("2%", 0.02),                                  # 个人缴费(本人工资的2%)
    P("约30%", 0.3, qualifier="approx"),
    M("8,000元", 8000),                             # 以月缴费基数8,000元计算: 月 is no period word
    M("每月160元", 160, period="month"),            # 个人缴费每月160元
    M("1,920元", 1920),                             # 一年1,920元: 一年 is no period (the lone 一; only 每年 is)
    M("约120元", 120, qualifier="approx"),          # 每月还可从单位缴费中多划入约120元: 每月 does not touch
    P("2%", 0.02),                                  # 划入额度=基本养老金×2%
    P("2%", 0.02),                                  # 平均水平的2%定额划入
    M("每月3,000元", 3000, period="month"),         # 以每月3,000元计算
    M("60元", 60),                                  # 每月划入60元: 划入 stands between
    M("720元", 720),                                # 一年720元
    R("杭州市", HZ),                                # 杭州市的划入比例: a place before a topic
    P("8%", 0.08),
    P("6%", 0.06),
    P("2个百分点", 0.02, points=True),
    P("4.8%", 0.048),
    P("2%", 0.02),
    P("约为六成", 0.6, qualifier="approx"),         # 降幅约为六成: 约为 is on the shared list
    P("50%以上", 0.5, qualifier="min"),
    P("10个百分点", 0.1, points=True),
    M("300元", 300),                                # 300元至800元: two mentions (each has its unit)
    M("800元", 800),
    M("不低于2000元", 2000, qualifier="min"),
    R("杭州", HZ),                                  # 以杭州为例
    M("每年800元", 800, period="year"),
    M("每年600元", 600, period="year"),
    DR("2021—2023年", "2021", "2023"),
    # 全国: no place; 金平 (基金平均), 金门 (基金门诊 ×2): parts of longer words, no places
    P("约22%", 0.22, qualifier="approx"),           # 年均增长约22%: 年均 is no period
    P("约35%", 0.35, qualifier="approx"),
    P("约26%", 0.26, qualifier="approx"),
    D("2023年底", "2023", qualifier="approx"),
    C("超过1.5亿人次", 150000000, "person", qualifier="min"),
    R("江苏省苏州市", "320500"),                    # a chain (province + city)
    D("2023年", "2023"),
    # 全市: no place
    M("12.6亿元", 1260000000),
    C("46.8万人", 468000, "person"),
    M("约2,692元", 2692, qualifier="approx"),       # 人均约2,692元: 人均 is no period word
    # 一是/二是/三是: list words
    T("3年", 3, "year"),                            # 3年过渡期
    # 每年公开: no number
    E("zhanghu_yanjiu@example.com"),
]
