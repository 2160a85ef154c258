from gold_lib import *

HN = "430000"                                        # 湖南省
CS, ZZ, XT = "430100", "430200", "430300"            # 长沙市, 株洲市, 湘潭市
SPEC = [
    R("湖南省", HN, in_org=True),                   # the bureau's own title line without 《》: in_org only (set 48 call 6)
    # 湘医保公告〔2025〕3号: a document number (湘: a one-character abbreviation)
    R("湖南省", HN, in_title=True),                 # 《湖南省规范性文件管理办法》
    # 国家医疗保障局: no place
    D("2025年3月31日", "2025-03-31"),               # 截至2025年3月31日: 截至 a preposition outside
    # 一、二、三、四、 and 1.…5.: list numbers
    C("5件", 5, "item"),                            # (5件)
    R("湖南省", HN, in_title=True, in_org=True),    # 《湖南省医疗保障局关于…》 (set 1 call 6: both flags)
    # 湘医保发〔2019〕12号: a document number, not a date
    D("2019年10月8日", "2019-10-08"),
    R("湖南省", HN, in_title=True, in_org=True),    # 《湖南省医疗保障局 湖南省财政厅…》
    R("湖南省", HN, in_title=True, in_org=True),    # 湖南省财政厅
    D("2021年12月30日", "2021-12-30"),
    R("湖南省", HN, in_title=True),                 # 《湖南省定点医药机构医疗保障服务协议管理办法》
    D("2022年4月1日起", "2022-04-01", qualifier="from"),
    D("2027年3月31日", "2027-03-31"),               # 有效期至2027年3月31日: 至 a preposition
    R("长沙", CS, in_title=True),                   # 《关于完善长沙、株洲、湘潭三市…》
    R("株洲", ZZ, in_title=True),
    R("湘潭", XT, in_title=True),                   # a city and a county short name: the city
    # 三市: 市 is no classifier, nothing; 湘医保函〔2023〕118号: a document number
    D("2023年6月15日", "2023-06-15"),
    R("湖南省", HN, in_title=True),                 # 《湖南省医疗保障基金监督检查工作规程》
    D("2024年5月1日起", "2024-05-01", qualifier="from"),
    C("4件", 4, "item"),
    R("湖南省", HN, in_title=True),                 # 《湖南省城镇居民基本医疗保险实施办法》
    # 湘政办发〔2007〕30号
    D("2007年9月20日", "2007-09-20"),
    # 《关于调整新型农村合作医疗补偿标准的通知》: 合作 is no place; 湘卫农合发〔2015〕9号
    D("2015年3月2日", "2015-03-02"),
    R("湖南省", HN, in_title=True, in_org=True),    # 《湖南省医疗保障局关于2020年度…》
    D("2020年度", "2020"),                          # a year with 年 inside a title
    D("2019年11月18日", "2019-11-18"),
    R("湖南省", HN, in_title=True),                 # 〈湖南省医疗保障行政处罚裁量基准(试行)〉 inside 《…》
    D("2020年2月26日", "2020-02-26"),
    C("2件", 2, "item"),
    R("湖南省", HN, in_title=True, in_org=True),
    D("2022年", "2022"),                            # 做好2022年城乡居民…: a year with 年 in a title
    # 湘医保发〔2021〕33号; 湘医保函〔2022〕201号
    D("2023年4月1日起", "2023-04-01", qualifier="from"),   # 自…起停止执行
    # 第2件: an ordinal
    D("2025年", "2025"),                            # 已列入2025年修订计划
    D("2025年12月底前", "2025-12", qualifier="until"),     # 底前 is an until word (guidelines)
    C("11件", 11, "item"),
    P("100%", 1),
    D("2025年6月1日起", "2025-06-01", qualifier="from"),
    PH("0731-89961234", city="长沙市"),             # 0731 is shared: the provincial bureau sits in 长沙 (set 1 call 5)
    R("湖南省", HN, in_org=True),                   # signature
    D("2025年5月26日", "2025-05-26"),
]
