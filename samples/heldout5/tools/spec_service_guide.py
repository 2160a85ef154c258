from gold_lib import *

MY, SC = "510700", "510000"                        # 绵阳市, 四川省
SPEC = [
    # breadcrumb line 首页 > 办事服务 > 办事指南: nothing
    D("2025-04-08", "2025-04-08"),                  # 发布日期 of the main article: a plain date (set 1 call 8)
    R("绵阳市", MY, in_org=True),                   # 来源:绵阳市医疗保障局.  【字体:大 中 小】: chrome text, nothing
    # 一、…十、 section numbers
    R("绵阳市", MY),                                # 现在绵阳市重新就业参保
    # 《中华人民共和国社会保险法》第三十二条: 中华人民共和国 is no gazetteer unit (共和 inside it is no place), 第三十二条 an article number;
    # 《国家医疗保障局办公室 财政部办公厅…》: no place; 医保办发〔2021〕43号 a document number; 第八条、第十条
    R("四川省", SC, in_title=True, in_org=True),    # 《四川省医疗保障局关于…的通知》 (set 1 call 6)
    # 川医保发〔2022〕9号: a document number (川 a one-character abbreviation)
    C("1份", 1, "piece"),                           # 原件1份 (digit 1 is no lone 一: set 1 call 13)
    C("1份", 1, "piece"),                           # 《…参保信息表》1份
    C("1份", 1, "piece"),                           # 各1份 (各 is no qualifier)
    # “天府通办”: 天府 is no gazetteer name.  1申请→2受理→3审核→4办结: ①②③④ after NFKC are list markers
    T("15个工作日", 15, "workday"),                 # 自受理之日起15个工作日内 (内 is no qualifier; set 4 call 10)
    T("15个工作日", 15, "workday"),
    T("15个工作日", 15, "workday"),
    T("45个工作日", 45, "workday"),                 # 法定时限:45个工作日.  即时办结: no number
    T("不超过20个工作日", 20, "workday", qualifier="max"),
    T("5个工作日", 5, "workday"),
    T("3个工作日", 3, "workday"),                   # 办结后3个工作日内.  七、收费标准 不收费: nothing
    R("绵阳市", MY, in_org=True),                   # 绵阳市政务服务中心 (a facility).  2楼: a floor
    R("涪城区", "510703"),                          # address 涪城区绵兴东路16号C区201室: road, number, room no mentions
    R("游仙区", "510704"),                          # 2.游仙区: (a label)
    R("游仙区", "510704", in_org=True),             # 游仙区医疗保障事务中心
    R("游仙区", "510704"),                          # (游仙区沈家坝北街8号3楼): the street, 8号, 3楼 are no mentions
    R("安州区", "510705"),                          # a label list before a colon: no shared office word
    R("三台县", "510722"),
    R("盐亭县", "510723"),
    R("梓潼县", "510725"),
    R("平武县", "510727"),
    R("北川羌族自治县", "510726"),
    R("江油市", "510781"),                          # 各县(市、区): no count (县 is no classifier)
    # 工作时间:周一至周五上午8:30-12:00,下午14:00-17:30: times of day; 周一至周五 weekdays, no date
    DR("5月1日至9月30日", "--05-01", "--09-30"),     # 夏季作息(…): yearless window without 每年 (set 1 call 9)
    # 下午为14:30-18:00: times
    PH("0816-2339512"),                             # 转8023: an extension, no part of it (set 3 call 7)
    R("游仙区", "510704"),                          # 游仙区:(0816)2212367 (a label before the number)
    PH("(0816)2212367"),                            # parentheses belong to the number (set 1 call 16)
    PH("12393"),
    PH("12345"),
    PH("0816-2331028"),
    R("绵阳市", MY),                                # 转出地与绵阳市的缴费年限
    D("2021年1月1日以后", "2021-01-01", qualifier="from"),
    T("2年", 2, "year"),                            # 费用发生之日起2年内
    D("2025年5月1日起", "2025-05-01", qualifier="from"),   # 自…起施行 (自 a preposition)
    R("绵阳市", MY, in_org=True),                   # 由绵阳市医疗保障局负责解释
    # 附件:1.…(样表).doc, 附件:2.….doc: list numbers, file names with no date or place.
    # 【打印本页】 【关闭窗口】: chrome text, nothing
]
