from gold_lib import *

ZZ, HN, JS, EQ = "410100", "410000", "410105", "410103"   # 郑州市, 河南省, 金水区, 二七区
SPEC = [
    R("郑州市", ZZ, in_org=True),                   # 郑州市医疗保障局关于…的通知 (a title without 《》)
    # 第十批: an ordinal (set 22 call 5)
    D("2025-03-28", "2025-03-28"),                  # 发布时间; 10:30 is a time of day
    R("郑州市", ZZ, in_org=True),                   # 来源:郑州市医疗保障局
    # 浏览次数:2317: a counter; 各县(市、区): no place
    # 《全国药品集中采购文件(GY-YD2024-2)》: a procurement document number, nothing
    R("河南省", HN, in_org=True),                   # 河南省医疗保障局
    # 《关于落实第十批…的通知》: no place in it; 豫医保办〔2025〕9号: a document number; 豫 one character
    # 一、二、三、四、: section numbers
    C("62个", 62, "item"),                          # 62个品种
    C("234家", 234, "institution"),
    C("385个", 385, "item"),
    P("约61%", 0.61, qualifier="approx"),
    P("95%", 0.95),                                 # 最高降幅达95%: 降幅达 between 最高 and the number
    C("10批", 10, "batch"),                         # 已开展10批 (set 22 call 5)
    C("435种", 435, "kind"),
    C("40种", 40, "kind"),
    # 1. … 5.: list numbers; 20mg×7片/盒: a pack specification, nothing (set 8 call 1)
    M("1.26元", 1.26),                              # 中选价每盒1.26元: 每 + a classifier, no period
    P("83%", 0.83),                                 # 降幅83%
    # 国家医保药品代码XC10AAA049A001010100445: a product code, nothing
    # 75mg×28片/盒: a pack specification
    M("46.2元", 46.2),                              # 由每盒46.2元降至9.8元: two amounts
    M("9.8元", 9.8),
    M("0.35元", 0.35),                              # 0.35元/片: 片 is a classifier, no period
    # 0.9%氯化钠注射液 100ml:0.9g/袋, 5%葡萄糖注射液 250ml:12.5g/袋: strengths in drugs' names (guidelines) and
    # quantities in other units (ml, g): nothing
    # 2ml:1mg×5支/盒: a pack specification (5支 describes the pack, set 8 call 1)
    M("13.5元", 13.5),                              # 13.5元/盒
    P("超过50%", 0.5, qualifier="min"),
    # 20mg×14粒/盒: a pack specification; 国药准字H20051234: an approval number, nothing (no date in it)
    M("约2.8元", 2.8, qualifier="approx"),
    P("60%", 0.6),                                  # 60%至80%: two percents
    P("80%", 0.8),
    C("2.4万盒", 24000, "piece"),                   # 约定采购量为2.4万盒: boxes the text counts (set 22 call 5)
    P("不超过30%", 0.3, qualifier="max"),
    D("2025年4月15日起", "2025-04-15", qualifier="from"),
    T("2年", 2, "year"),                            # 采购周期为2年
    DR("2025年4月15日至2027年4月14日", "2025-04-15", "2027-04-14"),
    D("2025年4月10日前", "2025-04-10", qualifier="until"),
    T("3个月", 3, "month"),                         # 每3个月: 每 is a period word for money only; 一次: lone 一
    T("15个工作日", 15, "workday"),                 # 每季度结束后15个工作日内: 内 is not a qualifier; 每季度 touches no money
    P("10%", 0.1),                                  # 先行自付比例由10%降为5%
    P("5%", 0.05),
    M("约1.8亿元", 180000000, qualifier="approx"),  # 每年可为…减轻…约1.8亿元: 每年 does not touch
    R("郑州", ZZ, in_org=True),                     # 郑州大学第一附属医院
    R("郑州市", ZZ, in_org=True),                   # 郑州市中心医院
    # 二级及以上: hospital levels
    R("金水区", JS),                                # 金水区、二七区等区属基层机构: places before a topic
    R("二七区", EQ),
    PH("0371-67881234"),
    E("zzyb_jicai@example.cn"),
    R("郑州市", ZZ, in_org=True),                   # signature 郑州市医疗保障局
    D("2025年3月27日", "2025-03-27"),
]
