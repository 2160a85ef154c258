from gold_lib import *

LY, SD, LL, YN = "371300", "370000", "371324", "371321"   # 临沂市, 山东省, 兰陵县, 沂南县
SPEC = [
    R("临沂市", LY, in_org=True),                    # 临沂市退役军人事务局
    R("临沂市", LY, in_org=True),                    # 临沂市医疗保障局
    D("2025年", "2025"),
    # 临退役军人发〔2025〕6号: a document number
    # 各县区: no place
    R("山东省", SD, in_title=True),                  # 《山东省优抚对象医疗保障办法》
    D("2025年", "2025"),
    # 一、 list number; 一至六级残疾军人: disability grades (call 1)
    # 一级至四级残疾军人: grades
    # 五级、六级残疾军人: grades
    M("300元", 300),                                 # 每人每年资助300元: 资助 stands between 每年 and the amount (call 4)
    # 1级至4级残疾军人: grades in digits, 级 is no classifier (call 1)
    T("60周岁以上", 60, "year", age=True, qualifier="min"),   # 年满60周岁以上: 年满 outside
    T("1年", 1, "year"),                             # 参保缴费满1年: digit 1, 满 off the list
    # 二、 (一)
    M("每月300元", 300, period="month"),             # 每人每月300元
    M("每月150元", 150, period="month"),
    M("1200元/年", 1200, period="year"),
    P("80%", 0.8),
    M("5万元", 50000),                               # 年度最高补助5万元: 补助 between 最高 and the amount
    # 一级至四级残疾军人: grades
    P("90%", 0.9),
    # 不设封顶线: no number
    # (三)
    T("70岁以上", 70, "year", age=True, qualifier="min"),
    M("每次200元", 200, period="time"),
    C("不超过6次", 6, "time", qualifier="max"),      # 全年不超过6次: 全年 is no period for a count
    # 三、 二级以上公立医院: a hospital level
    C("不少于1个", 1, "item", qualifier="min"),
    C("132家", 132, "institution"),
    R("兰陵县", LL),
    R("沂南县", YN),
    # 县级医院: a level
    # 四、
    D("2025年3月31日前", "2025-03-31", qualifier="until"),
    DR("2025年4月1日至4月30日", "2025-04-01", "2025-04-30"),
    D("2025年", "2025"),                             # 2025年上半年: 上半年 is not a date qualifier (call 5)
    M("约2800万元", 28000000, qualifier="approx"),
    C("约3.1万人", 31000, "person", qualifier="approx"),
    # 联系人:王海涛: a person
    PH("0539-8721365"),
    PH("13869912047"),
    R("临沂市", LY, in_org=True),                    # signature
    R("临沂市", LY, in_org=True),
    D("2025年2月20日", "2025-02-20"),
]
