from gold_lib import *

XA, SX = "610100", "610000"                         # 西安市, 陕西省
YT, BL, CA = "610113", "610103", "610116"           # 雁塔区, 碑林区, 长安区 (西安's, not 石家庄's 130102)
SPEC = [
    R("西安市", XA),                                # title: a place before a programme (topic), plain
    D("2025-01-10", "2025-01-10"),
    R("西安市", XA, in_org=True),                   # 西安市残疾人联合会
    # 问1…问6: list numbers; 两项补贴 (×4): 两 + 项 names the pair of subsidies, not a count of items
    D("2016年1月1日起", "2016-01-01", qualifier="from"),
    # 全国: no place
    R("陕西省", SX),
    D("2025年1月起", "2025-01", qualifier="from"),
    M("每月120元", 120, period="month"),            # 每人每月120元: 每人 outside (set 1 call 2)
    # 一级残疾人, 二级残疾人, 三级, 四级: disability grades
    M("每月150元", 150, period="month"),
    M("每月100元", 100, period="month"),
    M("每月80元", 80, period="month"),
    M("每月最高270元", 270, period="month", qualifier="max"),   # period + qualifier (set 1 call 3)
    R("西安市", XA),                                # 西安市户籍
    # 第二代: an ordinal
    T("16周岁以上", 16, "year", age=True, qualifier="min"),
    T("16周岁以下", 16, "year", age=True, qualifier="max"),
    R("陕西", SX, in_org=True),                     # “陕西民政”小程序
    T("10个工作日", 10, "workday"),                 # 内 no qualifier
    T("5个工作日", 5, "workday"),
    # 次月起: no number, nothing
    T("1个月左右", 1, "month", qualifier="approx"), # digit 1, not a lone 一
    P("50%", 0.5),
    D("2024年", "2024"),
    M("2.86亿元", 286000000),
    C("14.3万人次", 143000, "person"),
    R("雁塔区", YT),
    R("碑林区", BL),
    R("长安区", CA),
    C("13个", 13, "item"),
    # 西咸新区: a new area, not a GB/T 2260 unit (no row in divisions.tsv)
    R("西安市", XA, in_org=True),                   # 西安市残联维权部
    PH("029-86781234", city="西安市"),              # 029 is shared with 咸阳: the article's city
    PH("12345"),
]
