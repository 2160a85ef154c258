from gold_lib import *

JZ, HB = "421000", "420000"                          # 荆州市, 湖北省
GA, JL, HH, SS, JLX, SZ = "421022", "421088", "421083", "421002", "421024", "421087"
# 公安县, 监利市, 洪湖市, 沙市区, 江陵县, 松滋市
SPEC = [
    R("荆州市", JZ, in_org=True),                   # 荆州市医疗保障局关于…的通报
    D("2024年", "2024"),                            # 2024年第二批: the year is a date, 第二批 an ordinal
    # 荆医保发〔2024〕41号: a document number; 各县(市、区)医疗保障局: no place
    # 《医疗保障基金使用监督管理条例》: no place, no number
    R("湖北省", HB, in_title=True),                 # 《湖北省医疗保障基金使用监督管理实施办法》: a topic, no org
    DR("2024年5月至8月", "2024-05", "2024-08"),
    # 6起典型案例: 起 is no classifier (set 5 call 3)
    DR("2024年1—8月", "2024-01", "2024-08"),        # Chinese dash U+2014 (set 10 call 8)
    C("1,682家", 1682, "institution"),
    C("417家", 417, "institution"),
    M("2,316.5万元", 23165000),
    P("18.6%", 0.186),                              # 同比增长18.6%: no qualifier
    M("386.2万元", 3862000),
    C("23家", 23, "institution"),
    C("9家", 9, "institution"),
    # 移交公安机关4起: 公安 in 公安机关 is no place (part of a word); 4起: no classifier
    # 案例一: a list label (一 is an ordinal numeral here)
    R("公安县", GA),                                # 公安县斗湖堤镇某民营医院: 某 hides the name (set 5 call 2); 斗湖堤镇 a town
    D("2024年5月", "2024-05"),
    R("公安县", GA),                                # 对公安县斗湖堤镇某民营医院开展飞行检查
    DR("2023年1月至2024年3月", "2023-01", "2024-03"),
    C("86人次", 86, "person"),
    M("12.36万元", 123600),
    R("公安县", GA, in_org=True),                   # 公安县医疗保障局
    # 第三十八条: an article number
    M("12.36万元", 123600),
    # 2倍罚款: a multiple, no mention (set 4 call 3)
    M("24.72万元", 247200),
    T("3个月", 3, "month"),                         # 暂停医保服务3个月
    # 法定代表人沙某某: a person (沙 as in 沙市, no place)
    R("监利市", JL, in_org=True),                   # 案例二:监利市江城大药房违规刷卡案: a named pharmacy
    # 江城 in 江城大药房: the shop's trade name, not 阳江's 江城区 (part of a longer name)
    D("2024年6月12日", "2024-06-12"),
    R("监利市", JL, in_org=True),                   # 监利市医疗保障局
    R("监利市", JL, in_org=True),                   # 监利市江城大药房
    DR("2023年7月至12月", "2023-07", "2023-12"),
    C("318次", 318, "time"),
    M("3.58万元", 35800),
    R("监利市", JL, in_org=True),
    M("3.58万元", 35800),
    M("7.16万元", 71600),
    # 负责人洪某 (洪 as in 洪湖): a person; 公安机关: no place
    R("洪湖市", HH),                                # 案例三:洪湖市某诊所…: anonymised, no org
    D("2024年6月", "2024-06"),
    R("洪湖市", HH, in_org=True),                   # 洪湖市医疗保障局
    R("洪湖市", HH),                                # 洪湖市某诊所
    DR("2024年1月1日至4月30日", "2024-01-01", "2024-04-30"),
    C("1206条", 1206, "item"),
    M("5.27万元", 52700),
    R("洪湖市", HH, in_org=True),
    M("5.27万元", 52700),
    M("10.54万元", 105400),
    T("6个月", 6, "month"),
    # 负责人石某 (石 as in 石首): a person; 记分12分: a score, no mention
    R("沙市区", SS),                                # 案例四:沙市区某康复医院…
    D("2024年7月", "2024-07"),
    # 市医疗保障基金监管中心: no place
    R("沙市区", SS),                                # 对沙市区某康复医院开展专项检查
    C("43名", 43, "person"),
    C("1次", 1, "time"),                            # 将…的1次住院拆分为2次结算 (digit 1: no lone 一, set 1 call 13)
    C("2次", 2, "time"),
    M("28.9万元", 289000),
    P("13.7%", 0.137),
    R("沙市区", SS, in_org=True),                   # 沙市区医疗保障局
    M("28.9万元", 289000),
    M("57.8万元", 578000),
    T("6个月", 6, "month"),
    # 江某某 (江 as in 江陵): a person; 区纪委监委: no place
    R("江陵县", JLX),                               # 案例五:江陵县参保人石某…: a place before 参保人, no org
    D("2024年7月", "2024-07"),
    R("江陵县", JLX, in_org=True),                  # 江陵县医疗保障局
    DR("2023年10月至2024年2月", "2023-10", "2024-02"),
    R("江陵县", JLX),                               # 在江陵县和松滋市的3家定点药店购药
    R("松滋市", SZ),
    C("3家", 3, "institution"),
    M("1.86万元", 18600),
    R("江陵县", JLX, in_org=True),
    M("1.86万元", 18600),
    T("12个月", 12, "month"),
    R("松滋市", SZ),                                # 案例六:松滋市八宝镇某村卫生室…: 八宝镇 a town, anonymised
    D("2024年8月", "2024-08"),
    R("松滋市", SZ, in_org=True),                   # 松滋市医疗保障局
    R("松滋市", SZ),                                # 对松滋市八宝镇某村卫生室开展现场检查
    C("11人", 11, "person"),
    M("8,400元", 8400),
    R("松滋市", SZ, in_org=True),
    M("8,400元", 8400),
    M("1.68万元", 16800),
    T("3个月", 3, "month"),
    T("15个月", 15, "month"),                       # 最长达15个月: 最长 is not on the shared list, 达 stands between
    D("2024年9月30日前", "2024-09-30", qualifier="until"),
    PH("0716-8451239"),
    PH("12393"),
    E("jzybjg@example.gov.cn"),
    P("5%", 0.05),                                  # 按查实金额的5%给予奖励
    M("不超过20万元", 200000, qualifier="max"),
    R("荆州市", JZ, in_org=True),                   # signature
    D("2024年9月6日", "2024-09-06"),
]
