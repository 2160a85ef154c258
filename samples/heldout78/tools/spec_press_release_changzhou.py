from gold_lib import *

CZ, WJ, HN, SH = "320400", "320412", "410000", "310000"   # 常州市, 武进区, 河南省, 上海市
SPEC = [
    # 证券代码:688317 (a stock code: 6 digits, no postcode, no phone), 公告编号:2025-036 (a document number,
    # no date: three digits after the year)
    R("常州", CZ, in_org=True),                     # 常州康瑞医疗器械股份有限公司 (heading); 康瑞医疗 alone has no place
    # 一、: a section number
    D("2025年6月18日", "2025-06-18"),
    R("河南省", HN, in_org=True),                   # 河南省医疗保障局
    C("三类", 3, "kind"),                           # 冠脉支架等三类医用耗材 (as in jicai_result_henan)
    R("常州", CZ, in_org=True),
    R("上海", SH, in_org=True),                     # 康瑞(上海)医疗科技有限公司: a place in brackets inside a name
    # “瑞通2022”: a year in a product's name with no 年: nothing; 型号RT-2.5×16、RT-3.5×28: model numbers;
    # 国械注准20213130587: a registration number (set 57 call 1)
    M("768元", 768),                                # 768元/个
    P("约79%", 0.79, qualifier="approx"),
    R("上海", SH, in_org=True),                     # 上海瑞澜医疗器械(集团)有限公司
    C("11家", 11, "institution"),
    C("9家", 9, "institution"),
    # 二、1.: section and list numbers
    D("2024年度", "2024", _nb=True),                # 1.2024年度: list number 1. before the year (set 57 call 9: the
                                                    # numbering 1./2./3. decides); _nb lifts build_gold's number guard
    M("3.86亿元", 386000000),
    P("21.4%", 0.214),
    DR("2025年1-5月", "2025-01", "2025-05"),
    M("1.42亿元", 142000000),
    T("2年", 2, "year"),                            # 采购周期为2年
    # 首年: no number
    C("约4.2万个", 42000, "item", qualifier="approx"),
    P("23%", 0.23),                                 # 约占…总量的23%: 约 does not touch
    D("2025年度", "2025"),                          # 2025年度及以后年度: the year only, no qualifier (guidelines)
    # “瑞通Ⅱ”: a Roman numeral in a product's name; 2.25mm-4.0mm: sizes
    D("2024年", "2024"),
    M("2,100万元", 21000000),
    P("2%", 0.02),                                  # 不到2%: 不到 is not on the shared list (set 44)
    # 三、
    D("2025年9月前", "2025-09", qualifier="until"),
    PH("0519-86351208"),
    E("ir@kangrui-med.example.com"),
    U("www.kangrui-med.example.com"),
    R("江苏省常州市武进区", WJ),                    # the address's chain; 西太湖科技产业园 (太湖, 太湖县's short name, is part
                                                    # of a park's name), 长扬路16号 a road and number: nothing
    R("常州", CZ, in_org=True),                     # signature: …股份有限公司董事会
    D("2025年6月20日", "2025-06-20"),
]
