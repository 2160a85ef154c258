from gold_lib import *

SD, SY = "430582", "430500"                         # 邵东县 (2008) -> 邵东市; 邵阳市
RN = dict(renamed_from="邵东县")
SPEC = [
    R("邵东县", SD, in_org=True, **RN),             # 邵东县新型农村合作医疗管理委员会办公室 (the issuing office)
    # 邵合管办发〔2008〕3号: a document number, nothing
    R("邵东县", SD, in_title=True, **RN),           # 《邵东县2008年新型农村合作医疗补偿方案》: a place before a programme, in a title
    D("2008年", "2008"),
    # 县新型农村合作医疗管理委员会: no place named; 合作 is not a place
    D("2008年度", "2008"),
    # 一、二、…五、: section numbers
    D("2008年", "2008"),
    D("07年", "2007"),                              # two-digit year with a leading zero: the year said short (call 1)
    M("50元", 50),
    M("80元", 80),
    M("40元", 40),
    M("20元", 20),
    M("每年20元", 20, period="year"),               # 每人每年20元: 每人 is no period (set 1 call 2)
    D("2008年2月底", "2008-02", qualifier="approx"),
    C("98.6万人", 986000, "person"),
    P("92.3%", 0.923),
    P("4.1个百分点", 0.041, points=True),
    P("30%", 0.3),
    M("不超过15元", 15, qualifier="max"),           # 每次补偿不超过15元: 补偿 between 每次 and the amount, no period
    M("不超过60元", 60, qualifier="max"),           # 全年每人累计不超过60元: 全年 is no period word
    # table header 起付线/补偿比例; 乡镇卫生院/县级医院/县外医院: levels, nothing
    M("100元", 100),
    P("65%", 0.65),
    M("300元", 300),
    P("50%", 0.5),
    M("600元", 600),
    P("35%", 0.35),
    T("3个月", 3, "month"),                         # 3个月内: 内 is not a qualifier
    P("10个百分点", 0.1, points=True),
    M("3万元", 30000),                              # 年度封顶线为每人3万元: 每人 no period; 封顶线 does not touch
    # 大病二次补偿 / 二次补偿: secondary reimbursement, nothing
    M("超过1万元", 10000, qualifier="min"),
    P("20%", 0.2),                                  # 再补偿一次: lone 一
    M("最高5000元", 5000, qualifier="max"),
    T("7天", 7, "day"),                             # 公示7天
    M("300元", 300),                                # 每例定额补助300元: 每例 (a classifier) is no period
    T("70周岁以上", 70, "year", age=True, qualifier="min"),
    C("27家", 27, "institution"),
    C("6家", 6, "institution"),
    D("2008-3-1起", "2008-03-01", qualifier="from"),   # old unpadded numeric date
    D("2008年12月31日止", "2008-12-31", qualifier="until"),  # 至…止: 至 a preposition, not a range
    D("2007年", "2007"),
    R("邵阳市", SY, in_org=True),                   # 邵阳市合管办: an office written short
    D("二○○八年六月", "2008-06"),                  # ○ (U+25CB) as zero
    PH("(0739)2681234"),                            # 7-digit 邵阳 number of the time, area code in parentheses
    PH("2683456", inferred_code="0739"),            # 2683456(传真): local 7-digit, completed from the article's region
    PH("0739-2687788"),
    E("sdhgb@example.com.cn"),
    R("邵东县", SD, in_org=True, **RN),             # 邵东县合管办 (signature)
    D("二○○八年二月二十六日", "2008-02-26"),
]
