from gold_lib import *

HB, WH, YC, XY, JZ, SNJ = "420000", "420100", "420500", "420600", "421000", "429021"
SPEC = [
    R("湖北省", HB, in_org=True),                   # 湖北省医疗保障局 (title)
    D("2025年", "2025"),                           # 2025年第三季度: the year is a date; 第三季度 is an ordinal quarter (call 1)
    # 鄂医保函〔2025〕86号: document number; 鄂 one character
    R("神农架林区", SNJ, in_org=True),              # 各市、州、直管市及神农架林区医疗保障局: place + office word
    R("湖北省", HB, in_title=True),                 # 《湖北省医药价格和招采信用评价实施细则》: rules, in_title only
    DR("2025年7月1日至9月30日", "2025-07-01", "2025-09-30"),
    # 一、 二、 (一) …: section numbers
    C("47条", 47, "item"),
    C("39家", 39, "institution"),
    C("31家", 31, "institution"),
    # “一般”“中等”“严重”“特别严重”: credit levels, no counts (call 2)
    C("19家", 19, "institution"),
    C("8家", 8, "institution"),
    C("3家", 3, "institution"),
    C("1家", 1, "institution"),                    # digit 1, not a lone 一 (heldout call 13)
    C("8家", 8, "institution"),
    C("6家", 6, "institution"),
    P("16.2%", 0.162),
    M("30万元以下", 300000, qualifier="max"),
    M("30万元以上", 300000, qualifier="min"),
    M("100万元以下", 1000000, qualifier="max"),
    M("100万元以上", 1000000, qualifier="min"),
    M("200万元以下", 2000000, qualifier="max"),
    M("200万元以上", 2000000, qualifier="min"),
    # 一个自然年度: lone 一; 第2次: ordinal; 上调一级: a level
    T("10个工作日", 10, "workday"),                 # 之日起10个工作日内: 内 is no qualifier
    T("20个工作日", 20, "workday"),
    T("30个工作日", 30, "workday"),                 # 限期整改30个工作日
    R("湖北省", HB, in_org=True),                   # 湖北省医药集中采购平台: a platform's proper name
    T("6个月", 6, "month"),
    T("12个月", 12, "month"),
    T("不少于2年", 2, "year", qualifier="min"),
    D("2025年11月30日前", "2025-11-30", qualifier="until"),
    R("武汉市", WH, in_org=True),                   # 武汉市、宜昌市、襄阳市、荆州市医保局: shared office word, all in_org
    R("宜昌市", YC, in_org=True),
    R("襄阳市", XY, in_org=True),
    R("荆州市", JZ, in_org=True),
    C("21家", 21, "institution"),
    C("10家", 10, "institution"),
    R("湖北", HB, in_org=True),                     # “信用湖北”平台: a platform's name
    T("3年", 3, "year"),
    PH("027-87231456"),
    PH("4008-027-615"),
    # 附件:1.2025年第三季度…: list number 1. then the year (the guard is lifted: 1. is a list number, not a decimal)
    D("2025年", "2025", _nb=True),
    R("湖北省", HB, in_org=True),                   # signature
    D("2025年10月20日", "2025-10-20"),
]
