from gold_lib import *

SH = "310000"                                         # 上海市
SPEC = [
    # 第128期: an issue number (an ordinal), nothing
    D("2025年1月6日", "2025-01-06"),
    # 第十批: an ordinal; Pfizer 辉瑞中国: no place (中国 is no GB/T 2260 unit)
    D("2024年11月28日", "2024-11-28"),                # 国家医保局: no place
    D("2024年", "2024"),                              # 《…药品目录(2024年)》: a date inside a title (in_title is for regions)
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    C("117种", 117, "kind"),
    C("89种", 89, "kind"),
    P("63%", 0.63),
    P("76%", 0.76),
    # Paxlovid, Novo Nordisk, 诺和诺德: no places; SHR-A1811: a product code, nothing
    # 每瓶(100mg): a strength, a quantity in another unit (set 8 call 1)
    M("约1,980元", 1980, qualifier="approx"),        # 每瓶 is a classifier step, no period; 约 touches
    P("约六成", 0.6, qualifier="approx"),
    # 百济神州: 神州 is no place; (80mg×64粒): a pack specification, no count (set 8 call 1)
    M("5,680元", 5680),                               # 每盒5,680元 → the amount (set 3 call 4)
    # 约合 US$780: US$ is no unit of the guidelines' list (only 美元): nothing (call 2)
    D("2025年2月起", "2025-02", qualifier="from"),
    C("62个", 62, "item"),
    C("234家", 234, "institution"),
    P("53%", 0.53),
    # (20mg×28片): a pack specification
    M("3.86元", 3.86),                                # 3.86元/盒: /盒 is a classifier, no period (set 6 call 1)
    M("0.14元", 0.14),                                # 0.14元/片
    # (5 mg×28片): a pack specification with a space after the strength, nothing
    M("1.12元", 1.12),                                # 每盒1.12元
    M("58.9元", 58.9),
    T("3年", 3, "year"),                              # 采购周期为3年 (a digit year below 1900 with 年: a duration)
    # GLP-1/GCG: a target's name; III 期: a trial phase; GLORY-2 (NCT06184568): a trial name and a registry
    # number, no phone (call 6)
    T("48周", 48, "week"),
    P("18.6%", 0.186),
    # 美国: no GB/T 2260 unit; 每支 US$8,892.03: nothing (call 2); (240mg/6ml): a specification
    M("1,957元", 1957),
    # 超过30倍: 倍 is no unit of any type, nothing
    # 和黄医药 HUTCHMED; FRESCO-2(NCT04322539): nothing (call 6)
    C("691例", 691, "case"),
    T("2.6个月", 2.6, "month"),                      # 总生存期延长2.6个月: 延长 (a verb) is not 延长县
    D("2024年", "2024"),                              # GLP-1 类: nothing
    M("128.6亿元", 12860000000),
    P("42.3%", 0.423),
    # (1.34mg/ml,3ml): a specification
    P("约55%", 0.55, qualifier="approx"),
    # 辉瑞 2024 财年: the year is not followed by 年 (财 stands between): nothing (call 7)
    M("636亿美元", 63600000000, currency="USD"),
    # (US$63.6 billion): nothing; 中国区: no place
    P("5%", 0.05),                                    # 不足5%: 不足 is not on the shared qualifier list
    R("海南", "460000"),                              # 海南博鳌乐城国际医疗旅游先行区: a zone, not an organisation
                                                      # (set 24 call 2); 博鳌 (a town), 乐城: no units
    C("12种", 12, "kind"),
    R("上海市", SH, in_org=True),                     # 上海市医保局
    R("上海市", SH),                                  # 上海市三级医院: a place before a generic class of hospitals
    P("90%以上", 0.9, qualifier="min"),
    R("江苏省", "320000", in_org=True),               # 江苏省医保局
    R("浙江", "330000"), R("安徽", "340000"),         # 联合浙江、安徽: the provinces, plain
    # 长三角: no place; "双通道": 通道 is a common word (guidelines); 首批: an ordinal
    C("275个", 275, "item"),
    E("newsletter@pharmabrief.example.com"),
    U("www.pharmabrief.example.com"),
    # 商务合作 BD: 合作 is a common word, no place
    m("phone", "+86 21 5465 8800", "+862154658800", kind="fixed", area_code="021",
      area_city="上海市"),                            # international form with spaces (set 24)
    R("上海", SH),                                    # (上海) after the number: plain
    # © 2025: a year without 年, nothing
]
