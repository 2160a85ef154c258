from gold_lib import *

GZ = "440100"                                       # 广州市
SPEC = [
    R("广州海珠", "440105"),                        # 广州海珠琶洲方舱医院: a chain before the hospital's name 琶洲方舱医院 (call 7)
    R("广州", GZ, in_org=True),                     # 广州日报
    D("2022-11-12", "2022-11-12"),                  # 09:35 a time
    # 陈晓峰, 李敏: people
    D("11月11日", "--11-11"),                       # 11月11日晚: 晚 no qualifier
    R("海珠区", "440105"),
    C("386人", 386, "person"),
    R("广州市", GZ, in_org=True),                   # 广州市新冠肺炎疫情防控指挥部 (call 6)
    D("2022年11月11日", "2022-11-11"),              # 0时至24时: hours, the date only (call 2)
    C("178例", 178, "case"),
    C("2,824例", 2824, "case"),
    R("海珠区", "440105"),
    C("102例", 102, "case"),
    C("约6,000张", 6000, "piece", qualifier="approx"),
    C("4个", 4, "item"),
    C("1,200余名", 1200, "person", qualifier="min"),
    T("24小时", 24, "hour"),                        # 24小时轮班值守
    # 第九版诊疗方案: a version (ordinal), no count
    C("两次", 2, "time"),                           # 连续两次核酸检测
    # N基因, ORF基因, Ct值≥35: a lab value, nothing
    C("两次", 2, "time"),                           # 两次采样间隔
    T("24小时", 24, "hour"),                        # 大于24小时: 大于 is not on the qualifier list
    R("广州市", GZ, in_org=True),                   # 广州市医疗保障局
    D("11月11日", "--11-11"),                       # 截至 outside
    C("3家", 3, "institution"),
    C("5家", 5, "institution"),
    M("1.5亿元", 150000000),
    R("广州", GZ, in_org=True),                     # 广州医科大学附属市八医院 (市八: an abbreviation's ordinal)
    M("5,000万元", 50000000),
    R("广州", GZ),                                  # 在广州确诊: plain
    # 每人每天的餐费标准为80元: 每天 does not touch the amount
    M("80元", 80),
    # 37.3℃: a temperature (call 3)
    T("约7天", 7, "day", qualifier="approx"),
    T("7天", 7, "day"),
    PH("020-83361234"),
    E("fangcang@example.gov.cn"),
]
