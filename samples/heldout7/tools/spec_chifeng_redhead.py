from gold_lib import *

CF, NM = "150400", "150000"                         # 赤峰市, 内蒙古自治区
SPEC = [
    R("赤峰市", CF, in_org=True),                   # 赤峰市医疗保障局文件 (the red header)
    # 赤医保发〔2024〕58号: a document number (赤 a one-character abbreviation); 签发人:王某: nothing
    R("赤峰市", CF, in_org=True),                   # 赤峰市医疗保障局 赤峰市财政局 (issuing offices)
    R("赤峰市", CF, in_org=True),
    D("2025年度", "2025"),                          # the notice's own title: no 《》, so no in_title
    # 主送: twelve county-level units (区, 旗, 县) before one shared office word 医疗保障局、财政局:
    # each names an office (set 2 call 4), so all are in_org
    R("红山区", "150402", in_org=True),
    R("元宝山区", "150403", in_org=True),
    R("松山区", "150404", in_org=True),
    R("阿鲁科尔沁旗", "150421", in_org=True),
    R("巴林左旗", "150422", in_org=True),
    R("巴林右旗", "150423", in_org=True),
    R("林西县", "150424", in_org=True),
    R("克什克腾旗", "150425", in_org=True),
    R("翁牛特旗", "150426", in_org=True),
    R("喀喇沁旗", "150428", in_org=True),
    R("宁城县", "150429", in_org=True),
    R("敖汉旗", "150430", in_org=True),
    R("内蒙古自治区", NM, in_title=True, in_org=True),   # 《内蒙古自治区医疗保障局 内蒙古自治区财政厅关于…》
    R("内蒙古自治区", NM, in_title=True, in_org=True),
    D("2025年", "2025"),                            # a date inside 《》: a plain date (no in_title for dates)
    # (内医保发〔2024〕31号): a document number
    R("赤峰市", CF, in_title=True, in_org=True),    # 《赤峰市人民政府办公室关于…》
    # (赤政办发(2024)3号): a document number with ASCII parentheses; 我市: no place
    # 一、二、三、 (一)(二)(三): list numbers
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),             # 每人每年400元 (set 1 call 2)
    M("每年不低于670元", 670, period="year", qualifier="min"),
    DR("2024年9月1日至2025年2月28日", "2024-09-01", "2025-02-28"),
    # 苏木乡镇卫生院: 苏木 is a township type, no place; 旗县级/市级/自治区级医院: hospital levels
    M("100元", 100),
    P("90%", 0.9),
    M("400元", 400),
    P("80%", 0.8),
    M("800元", 800),
    P("65%", 0.65),
    M("1200元", 1200),
    P("55%", 0.55),
    M("20万元", 200000),                            # 年度最高支付限额为20万元: 最高 does not touch
    M("每年400元", 400, period="year"),             # 年度支付限额每人每年400元
    P("50%", 0.5),
    T("3个月", 3, "month"),
    T("4年", 4, "year"),                            # 连续参保满4年: 满 outside
    T("1年", 1, "year"),                            # 每多参保1年: digit 1; 每多 is no period (durations have none)
    M("1万元", 10000),                              # 最高支付限额提高1万元: 最高 does not touch
    # 各旗县区: no place
    D("2025年1月15日前", "2025-01-15", qualifier="until"),
    # 市医保局: no place
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    # 《关于调整城乡居民医保住院待遇的通知》: no place; (赤医保函[2023]12号): a document number with [ ]
    # 李某: a person
    PH("0476-8337265"),
    # 附件: 1. and 2. are list numbers written against the year (1.2025年度): the list number is no part of
    # the date, and the date starts after the dot (set 4 call 19; _nb: the boundary guard would read 1.2025 as one number)
    D("2025年度", "2025", _nb=True),
    R("赤峰市", CF),                                # 附件 name: a place before a topic (no 《》, no office)
    D("2024年度", "2024", _nb=True),
    # 各旗县区: no place
    R("赤峰市", CF, in_org=True),                   # signatures
    R("赤峰市", CF, in_org=True),
    D("二〇二四年十二月三十日", "2024-12-30"),      # 成文日期 in Chinese numerals
    # (此件主动公开): nothing
    R("内蒙古自治区", NM, in_org=True),             # 抄送:内蒙古自治区医疗保障局; 市人民政府办公室: no place
    R("赤峰市", CF, in_org=True),                   # 赤峰市医疗保障局办公室
    D("2024年12月30日", "2024-12-30"),              # …印发: 印发 is no qualifier
]
