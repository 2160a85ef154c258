from gold_lib import *

HF, AH = "340100", "340000"                        # 合肥市, 安徽省
SPEC = [
    D("2025-06-12", "2025-06-12"),                  # 发布时间 of the main article: a plain date
    R("合肥市", HF, in_org=True),                   # 来源:合肥市医疗保障局
    # 阅读:3521: a counter, a bare number
    PH("12393"),                                    # 通过12393热线
    # 问1 … 问6: list numbers; 一级医疗机构: a level
    P("70%", 0.7),
    M("每年700元", 700, period="year"),
    M("6000元", 6000),                              # 年度最高支付限额6000元: 最高 does not touch
    C("1次", 1, "time"),                            # 每年1次: digit 1 is no lone 一; 每年 is no part of a count
    D("2023年4月起", "2023-04", qualifier="from"),
    M("1万元左右", 10000, qualifier="approx"),
    M("5000元以内", 5000, qualifier="max"),
    # 三级医院: a level
    P("约85%", 0.85, qualifier="approx"),
    P("约65%", 0.65, qualifier="approx"),
    M("不超过2800元", 2800, qualifier="max"),        # 每个不超过2800元: 每个 stands apart (不超过 between)
    C("1.36万例", 13600, "case"),
    # 近视600度, 散光150度: degrees of myopia/astigmatism, no unit of any type (call 3)
    # 视力0.3以下: visual acuity, a bare number (以下 does not make it a mention)
    R("安徽省", AH, in_title=True),                 # 《安徽省职工基本医疗保险门诊共济保障实施办法》
    # 每人每年限1副: 副 is no classifier of the guidelines: nothing (call 2)
    M("不超过2000元", 2000, qualifier="max"),        # 单次不超过2000元: 单次 is no period word (call 1)
    M("6000-12000元", (6000, 12000)),               # 每副6000-12000元: 每副 is no period
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    M("每次40元", 40, period="time"),
    R("合肥市", HF),                                # 合肥市医保服务热线: a place before a service (topic)
    PH("0551-62651680"),
    U("https://ybj.hefei.example.gov.cn"),          # 查询 follows directly: not part of the URL
    R("肥西县", "340123"), R("长丰县", "340121"),
    R("合肥市", HF, in_org=True),                   # (合肥市医疗保障局供稿)
]
