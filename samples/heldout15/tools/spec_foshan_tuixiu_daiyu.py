from gold_lib import *

FS = "440600"                                       # 佛山市
SPEC = [
    R("佛山市", FS),                                # 佛山市职工基本医疗保险…规定: a place before a programme (title)
    # 第一条 … 第七条: article numbers
    R("广东省", "440000", in_title=True),           # 《广东省职工基本医疗保险办法》
    T("25年", 25, "year"),                          # 男满25年: 满 is not a qualifier (guidelines)
    T("20年", 20, "year"),
    T("10年", 10, "year"),
    T("60周岁", 60, "year", age=True),
    T("55周岁", 55, "year", age=True),
    T("50周岁", 50, "year", age=True),
    # (一)(二)(三): list numbers
    D("1998年12月31日前", "1998-12-31", qualifier="until"),
    T("不超过15年", 15, "year", qualifier="max"),
    # 一次性趸缴 (×2): the lone determiner 一, no count
    P("10%", 0.1),                                  # 年平均工资的10%乘以差额年限: a multiple of the wage, no money
    D("2024年度", "2024"),
    M("98,400元", 98400),
    T("1年", 1, "year"),                            # 每差1年: 1 is a digit, not the lone determiner 一; 每 is no period of a duration
    M("9,840元", 9840),
    T("3年", 3, "year"),                            # 差3年
    M("29,520元", 29520),
    # 按月继续缴费: no mention
    T("不超过60个月", 60, "month", qualifier="max"),
    # 每月缴费基数不低于…的60%: 每月 and 不低于 do not touch the percent
    P("60%", 0.6),
    P("不高于300%", 3, qualifier="max"),            # a percent above 100% (set 5 call 16)
    M("每月150元", 150, period="month"),            # 按每月150元定额划入
    P("5个百分点", 0.05, points=True),
    # 三级定点医疗机构: a hospital level
    P("85%", 0.85),
    P("90%", 0.9),
    R("禅城区", "440604"),
    R("南海区", "440605"),
    R("顺德区", "440606"),
    R("三水区", "440607"),
    R("高明区", "440608"),                          # …高明区的参保人员: places before people, plain
    D("2025年12月31日前", "2025-12-31", qualifier="until"),
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    T("5年", 5, "year"),                            # 有效期5年
    DR("2025年11月10日至12月9日", "2025-11-10", "2025-12-09"),
    E("zqyj@fs-ybj.example.cn"),
    R("佛山市", FS, in_org=True),                   # 佛山市医疗保障局待遇保障科
    PH("0757-83031234"),
]
