from gold_lib import *

HN, ZZ, LY, NY, ZK, ZMD, XX, SQ, XY = ("410000", "410100", "410300", "411300", "411600", "411700",
                                       "410700", "411400", "411500")
SPEC = [
    R("河南省", HN, in_org=True),                    # 河南省医疗保障局关于…的通报 (title line, no 《》)
    D("2025年", "2025"),                             # 2025年第三季度: 第三季度 is an ordinal (set 3 call 2)
    # 豫医保办〔2025〕87号: a document number; 各省辖市 / 省医保中心: no place
    D("2025年", "2025"),
    # 第三季度 (again): ordinal, nothing
    C("1.86万家", 18600, "institution"),
    P("6.4%", 0.064),                                # 同比增长6.4%: 同比增长 verbs outside (set 22 call 4)
    P("3.1%", 0.031),                                # 环比增长3.1%
    C("2147家", 2147, "institution"),
    M("3.92亿元", 392000000),
    P("1.5%", 0.015),                                # 同比下降1.5%
    DR("2025年1-9月", "2025-01", "2025-09"),
    M("10.37亿元", 1037000000),
    P("86.4%", 0.864),
    P("3.2个百分点", 0.032, points=True),            # 较上年同期提高…: 上年同期 no date
    C("41.3万条", 413000, "item"),                   # 条 is an item classifier
    P("12.7%", 0.127),
    P("23.6%", 0.236),
    P("0.8个百分点", 0.008, points=True),
    # (一) list number
    P("97.2%", 0.972),
    R("郑州市", ZZ), R("洛阳市", LY), R("南阳市", NY),
    # 位居全省前三: a rank, no unit: nothing
    P("100%", 1), P("99.6%", 0.996), P("99.1%", 0.991),
    R("周口市", ZK), R("驻马店市", ZMD),
    P("90%", 0.9),                                   # 低于90%: 低于 is not on the shared list (set 17 call 3)
    P("88.3%", 0.883), P("86.7%", 0.867),
    # 排名第17名、第18名: ranks (ordinals), no counts (set 19 call 4)
    R("郑州市", ZZ),
    M("7860万元", 78600000),
    # 居全省第1名: a rank
    R("南阳市", NY),
    M("4215万元", 42150000),
    P("18.2%", 0.182),
    R("洛阳市", LY),
    M("3987万元", 39870000),
    P("4.6%", 0.046),
    # (三)…排名表: 第三季度 ordinal
    D("2025年9月30日", "2025-09-30"),                # 截至 is a preposition outside
    # table header 排名 地区 检查机构数 追回金额 同比: no numbers; 第1名…第5名 in the first column: ranks
    R("郑州市", ZZ), C("2318家", 2318, "institution"), M("7860万元", 78600000), P("9.3%", 0.093),
    R("南阳市", NY), C("1902家", 1902, "institution"), M("4215万元", 42150000), P("18.2%", 0.182),
    R("洛阳市", LY), C("1655家", 1655, "institution"), M("3987万元", 39870000), P("4.6%", 0.046),
    R("新乡市", XX), C("1207家", 1207, "institution"), M("2104万元", 21040000), P("2.8%", 0.028),
    R("商丘市", SQ), C("1186家", 1186, "institution"), M("1976万元", 19760000), P("0.9%", 0.009),
    # 三、 list number; 部分地市: no place
    T("超过30个工作日", 30, "workday", qualifier="min"),
    P("11.2%", 0.112),
    R("信阳市", XY), R("周口市", ZK),
    P("19.4%", 0.194), P("17.8%", 0.178),
    # 较第二季度: ordinal
    P("4.1个百分点", 0.041, points=True),
    P("2.6个百分点", 0.026, points=True),
    # 某县级医院: 县级 a level, no place
    T("2个季度", 2, "quarter"),                      # 连续2个季度: 季度 is a duration unit; digit 2
    D("2025年12月15日前", "2025-12-15", qualifier="until"),
    # 第四季度: ordinal
    D("12月31日前", "--12-31", qualifier="until"),
    # 排名靠后的地市: no number; 省局: no place
    D("2026年1月", "2026-01"),
    PH("0371-65992316"),
    E("jjjgc@example.gov.cn"),
    R("河南省", HN, in_org=True),                    # signature 河南省医疗保障局
    D("2025年10月20日", "2025-10-20"),
]
