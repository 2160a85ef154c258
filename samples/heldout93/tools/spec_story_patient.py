from gold_lib import *

HN, ZZ, LS, GZ, QH = "460000", "430200", "430203", "440100", "469002"   # 海南省, 株洲市, 芦淞区, 广州市, 琼海市
SPEC = [
    # 博鳌乐城 (title): no GB/T 2260 unit
    D("2025-05-06", "2025-05-06"),                  # the byline date: plain (no role)
    T("67岁", 67, "year", age=True),
    R("湖南省株洲市芦淞区", LS),                     # a chain, one mention at the county
    D("2024年8月", "2024-08"),
    T("半年", 0.5, "year"),                         # 不到半年: 不到 is no qualifier
    # 美国: no unit
    T("两年", 2, "year"),
    R("海南", HN),                                  # 海南博鳌乐城: plain
    D("2024年11月12日", "2024-11-12"),
    R("株洲", ZZ),
    R("广州", GZ),
    R("琼海", QH, in_org=True),                     # 琼海博鳌机场: a facility
    T("约9个小时", 9, "hour", qualifier="approx"),
    R("琼海市", QH),                                # 医院在琼海市东边
    R("琼海", QH),                                  # 琼海城区: 城区 (a district's name elsewhere) is a common word here, not part of a chain
    T("约40分钟", 40, "minute", qualifier="approx"),
    T("5个工作日", 5, "workday"),
    # 第4天: an ordinal
    M("4.8万元", 48000),                            # 每支售价4.8万元: 每 + classifier is no period, 售价 between
    M("5600美元", 5600, currency="USD"),            # 5600美元一支: 一支 is a lone 一
    T("21天", 21, "day"),                           # 每21天用一次药: 一次 lone 一
    # 一个疗程: lone 一
    C("4支", 4, "piece"),
    M("19.2万元", 192000),
    # 第一个疗程: ordinal
    M("大约21万元", 210000, qualifier="approx"),
    M("69元", 69),                                  # 每年只要69元: 只要 stands between 每年 and the amount
    T("10个工作日左右", 10, "workday", qualifier="approx"),
    M("18.6万元", 186000),
    M("3万元", 30000),                              # 不到3万元: 不到 is no qualifier
    R("株洲", ZZ),
    # 惠民保: 惠民 is no place here
    M("约1.1万元", 11000, qualifier="approx"),
    T("28天", 28, "day"),
    P("约三成", 0.3, qualifier="approx"),
    T("两三个月", (2, 3), "month"),                 # 每隔两三个月; 一次 lone 一
    # 批号:B24091A, 国药准字J20240061: batch and approval numbers, no dates, no phones
    PH("0898-62901234", city="琼海市"),             # the hospital is in 琼海 (博鳌)
    PH("137 8731 0526"),
]
