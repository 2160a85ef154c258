from gold_lib import *

YC, YL, DY, ZJ = "420500", "420506", "420582", "420583"   # 宜昌市, 夷陵区, 当阳市, 枝江市
SPEC = [
    R("宜昌市", YC, in_org=True),                   # 宜昌市退役军人事务局 (title, no 《》)
    R("宜昌市", YC, in_org=True),                   # 宜昌市医疗保障局
    D("2025年度", "2025"),
    # 宜退役军人发〔2025〕7号: a document number; 宜 alone is a one-character abbreviation
    R("宜昌", YC, in_org=True),                     # 宜昌军分区政治工作处: a military district is an organisation (call 2)
    D("2025年度", "2025"),
    # 一、… 四、, (一) … (四): section numbers; 我市: no place
    # 一至六级残疾军人: disability grades, nothing (call 1); "三属": nothing
    C("4286人", 4286, "person"),
    # 一级至四级 / 五级、六级: grades, nothing
    C("173人", 173, "person"),
    C("408人", 408, "person"),
    # 一至六级 again: grades
    M("每年400元", 400, period="year"),             # 每人每年400元 (set 1 call 2)
    M("每年2400元", 2400, period="year"),
    M("每年1800元", 1800, period="year"),
    M("1200元/人/年", 1200, period="year"),
    M("每季度300元起", 300, period="quarter", qualifier="min"),
    P("70%", 0.7),
    T("80周岁以上", 80, "year", age=True, qualifier="min"),   # 年满 is not a qualifier
    P("10个百分点", 0.1, points=True),
    M("8万元", 80000),                              # 年度最高补助8万元: 补助 stands between 最高 and the amount
    # 二级以上公立医院: a hospital level, nothing
    P("50%", 0.5),
    P("不低于20%", 0.2, qualifier="min"),
    # 市、县两级: 级 is no classifier; 6:4: a ratio with no unit, nothing (call 3)
    D("2025年", "2025"),
    M("1860万元", 18600000),
    P("12.5%", 0.125),
    D("2025年3月31日前", "2025-03-31", qualifier="until"),
    DR("2025年4月1日至4月30日", "2025-04-01", "2025-04-30"),
    T("10日", 10, "day"),                           # 每季度末前10日内: 内 is not a qualifier; 每季度末前 has no number
    # 某部81234部队: a military unit's number, no phone and no count (call 4)
    R("宜昌", YC, in_org=True),                     # 宜昌军分区; 驻宜: one character, nothing
    PH("0717-6251836"),                             # 刘卫东: a person's name (卫东 is 平顶山's 卫东区), nothing
    E("yfk@ycva.example.gov.cn"),
    R("夷陵区", YL),
    R("当阳市", DY),
    R("枝江市", ZJ),
    R("宜昌市", YC, in_org=True),                   # signature
    R("宜昌市", YC, in_org=True),
    D("2025年2月18日", "2025-02-18"),
]
