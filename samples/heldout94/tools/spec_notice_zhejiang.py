from gold_lib import *

ZJ = "330000"                                       # 浙江省
SPEC = [
    R("浙江省", ZJ, in_org=True),                   # title: 浙江省医疗保障局
    # 浙医保发〔2025〕9号: a document number; 浙 is a one-character abbreviation
    # 《第一批罕见病目录》: 第一批 is an ordinal (a catalogue's batch), nothing
    C("121种", 121, "kind"),
    C("86种", 86, "kind"),                          # 《第二批罕见病目录》(86种): 第二批 ordinal
    C("两批", 2, "batch"),                          # 两批目录: 批 is in the guidelines' list (batch); added at review, session 18
    C("207种", 207, "kind"),
    # 第一批目录第110种: an ordinal (the disease's number in the catalogue), nothing
    # OMIM 253300: a disease database number (6 digits, no phone, no postcode here), nothing
    # ICD-10编码G12.0: a classification code, nothing (the 10 of ICD-10 too)
    # 第36种, 第27种, 第83种: ordinals, nothing
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    # 诺西那生钠注射液(12mg/5ml): a pack strength, nothing (set 87 call 1; set 8 call 1)
    M("约70万元", 700000, qualifier="approx"),     # 每针约70万元: 每 + 针 (a classifier-like word) is no period
    M("3.3万元", 33000),
    M("每年70万元以上", 700000, period="year", qualifier="min"),
    M("约20万元/年", 200000, period="year", qualifier="approx"),
    M("约10万元/年", 100000, period="year", qualifier="approx"),
    P("80%", 0.8),
    M("30万元", 300000),                            # 年度限额30万元: 限额 is not on the shared list (上限 is)
    P("10%以内", 0.1, qualifier="max"),
    T("14周岁以下", 14, "year", age=True, qualifier="max"),
    P("5个百分点", 0.05, points=True),
    C("28家", 28, "institution"),
    C("46家", 46, "institution"),                   # “双通道”: 通道 is no place
    R("杭州", "330100"), R("宁波", "330200"), R("温州", "330300"),
    C("11个", 11, "item"),                          # 11个设区市
    D("2025年3月底前", "2025-03", qualifier="until"),
    C("至少1家", 1, "institution", qualifier="min"),  # digit 1 is not a lone 一 (set 1 call 13)
    # “浙里办”APP: 浙 one-character abbreviation, nothing
    R("浙江", ZJ, in_org=True),                     # “浙江医保”专区: an app's account in quotes
    T("不超过3个工作日", 3, "workday", qualifier="max"),
    D("2025年2月1日起", "2025-02-01", qualifier="from"),
    T("5年", 5, "year"),                            # 有效期5年
    PH("0571-87051234"),
    E("hanjianbing@example.gov.cn"),
    # 附件:1. / 2.: list numbers
    R("浙江省", ZJ),                                # 浙江省罕见病用药保障药品目录: a place before a topic (no 《》)
    D("2025年", "2025"),                            # (2025年版): 年 is written, so a year (unlike a bare 2025版)
    R("浙江省", ZJ, in_org=True),                   # signature
    D("2025年1月20日", "2025-01-20"),
]
