from gold_lib import *

GZ, ZG, NK, YD, RJ, ND = "360700", "360702", "360703", "360731", "360781", "360730"
SPEC = [
    R("赣州市", GZ),                                # 赣州市2024年度…公告: a place before the topic (title, no 《》)
    D("2024年度", "2024"),
    # (2025年第6号): a document number, no date (guidelines: 2024年第38号)
    R("赣州市", GZ, in_org=True),                   # 赣州市审计局
    D("2025-06-12", "2025-06-12"),
    # 《中华人民共和国审计法》: no gazetteer unit; 共和 (共和县, 青海) is part of a longer word
    DR("2024年11月至2025年3月", "2024-11", "2025-03"),
    R("赣州市", GZ, in_org=True),                   # 赣州市审计局
    DR("2022年至2024年", "2022", "2024"),
    # 章贡区、…宁都县5个县(市、区)医疗保障局: the annotator read all five in_org (call 10); corrected by the maintainer
    # in session 14 to plain: a counted group of offices, as set 42's 甘谷县、武山县等6个县医保局 and the guidelines' 颍上县多家药店
    R("章贡区", ZG), R("南康区", NK), R("于都县", YD),
    R("瑞金市", RJ), R("宁都县", ND),
    C("5个", 5, "item"),                            # (sets 10, 19: every unit before a shared office word is in_org)
    C("126家", 126, "institution"),
    C("58家", 58, "institution"),
    C("4,860份", 4860, "piece"),
    # 一、: a list number
    DR("2022年至2024年", "2022", "2024"),
    M("386.74亿元", 38674000000),
    M("352.19亿元", 35219000000),
    D("2024年末", "2024", qualifier="approx"),
    M("97.63亿元", 9763000000),
    T("13.1个月", 13.1, "month"),
    T("3个月", 3, "month"),                         # 不足3个月: 不足 is not on the qualifier list
    # (一): a list number
    M("2,386.47万元", 23864700),
    # 1.36家: the list number 1. and 36家 (a count of 家 is whole; call 5)
    C("36家", 36, "institution", _nb=True),        # _nb: the guard would take 1.36 for a decimal
    M("1,024.56万元", 10245600),
    C("3,872人次", 3872, "person"),
    C("47家", 47, "institution", _nb=True),                 # 2.47家: list number 2. + 47家
    M("486.30万元", 4863000),
    C("217项", 217, "item"),
    C("12家", 12, "institution", _nb=True),                 # 3.12家: list number 3. + 12家
    M("318.72万元", 3187200),
    C("2,136人", 2136, "person"),                   # 4.向…: list number 4.
    M("556.89万元", 5568900),
    R("宁都县", ND),                                # 1.宁都县2024年…: list number 1., the county plain
    D("2024年", "2024"),
    M("2,143.80万元", 21438000),                    # 缺口达2,143.80万元: 达 is not a qualifier
    M("-1,862.35万元", -18623500),                  # 累计结余为-1,862.35万元: a negative balance (call 2)
    C("3个", 3, "item", _nb=True),                        # 2.3个县(区): list number 2. + 3个
    M("3,260.50万元", 32605000),
    T("超过24个月", 24, "month", qualifier="min"),
    R("于都县", YD, in_org=True),                   # 3.于都县医疗保障事务中心
    M("1,150.00万元", 11500000),
    M("约18.6万元", 186000, qualifier="approx"),
    # 三、: a list number
    D("2025年5月31日", "2025-05-31"),               # 截至: a preposition
    M("2,015.63万元", 20156300),
    P("84.5%", 0.845),
    # 1倍以上2倍以下罚款: multiples, 倍 is no unit of any type
    M("648.20万元", 6482000),
    C("3家", 3, "institution"),
    C("2家", 2, "institution"),
    C("7条", 7, "item"),
    C("19人", 19, "person"),
    C("11项", 11, "item"),
    M("370.84万元", 3708400),
    D("2025年9月30日前", "2025-09-30", qualifier="until"),
    M("42.6万元", 426000),                          # 退费款共计42.6万元: 退费款 / 共计 outside
    C("1.2万人次", 12000, "person"),
    D("2025年12月底前", "2025-12", qualifier="until"),
    R("赣州市", GZ, in_org=True),                   # 赣州市审计局办公室
    PH("0797-8992630"),
    E("gzsjj@example.gov.cn"),
]
