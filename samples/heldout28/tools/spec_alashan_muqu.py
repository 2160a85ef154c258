from gold_lib import *

ALS, ZQ, YQ, EJN = "152900", "152921", "152922", "152923"    # 阿拉善盟, 阿拉善左旗, 阿拉善右旗, 额济纳旗
EEDS, YJHL = "150600", "150627"                               # 鄂尔多斯市, 伊金霍洛旗
XZ, RKZ, SZZ, LZ, BY = "540000", "540200", "540202", "540400", "540402"   # 西藏自治区, 日喀则市, 桑珠孜区, 林芝市, 巴宜区
SPEC = [
    R("阿拉善盟", ALS, in_org=True),                # 阿拉善盟医疗保障局 > 工作动态 (the site's office)
    R("阿拉善盟阿拉善左旗", ZQ),                    # ——阿拉善盟阿拉善左旗推进…: a chain (盟 + 旗), the county-level 旗
    D("2025年6月18日", "2025-06-18"),               # 发布日期
    R("阿拉善左旗", ZQ, in_org=True),               # 来源:阿拉善左旗医疗保障局
    R("阿拉善盟", ALS),                             # 阿拉善盟地区地广人稀: 地区 after a place is not part of it
    # 嘎查, 旗政府, 巴彦浩特镇 (a town; 巴彦, 哈尔滨's 巴彦县, inside it: no place), 苏木(镇), 嘎查(村), 全旗, 旗内, 旗财政, 旗医保局: no places;
    # 400多公里, 2.6万公里: distances (no mention)
    R("阿拉善左旗", ZQ),
    D("2024年起", "2024", qualifier="from"),
    C("12个", 12, "item"),
    C("87个", 87, "item"),
    C("96名", 96, "person"),
    # 一、: list number
    D("2025年5月底", "2025-05", qualifier="approx"),   # 截至2025年5月底: 截至 outside
    # 3416户: 户 is no classifier (sets 11/14); 牧区/牧户: no places
    C("8902人", 8902, "person"),
    C("8765人", 8765, "person"),
    P("98.46%", 0.9846),
    C("1120人", 1120, "person"),
    M("41.6万元", 416000),
    M("约371元", 371, qualifier="approx"),          # 平均每人资助约371元: 每人 + a classifier, no period
    D("2025年度", "2025"),
    M("400元/人/年", 400, period="year"),
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    M("每年100元", 100, period="year"),             # 每人每年100元
    # 二、: list number; "马背上的医保": nothing
    C("3支", 3, "piece"),                           # 流动服务队3支: 支 is a piece classifier in the guidelines' list
    # 每季度…一次: lone 一 (and 每季度 with no number)
    D("2024年", "2024"),                            # 2024年全年
    C("1583件", 1583, "item"),
    M("187 400元", 187400),                         # thousands grouped by a space
    M("300元", 300),                                # 降至300元: 降至 a verb
    P("85%", 0.85),
    D("2023年", "2023"),
    P("5个百分点", 0.05, points=True),
    # 三、: list number; 今年以来: no number
    R("阿拉善地区额济纳旗", EJN),                   # 地区 between the prefecture's short name and a county under it: one chain
    R("阿拉善右旗", YQ),
    R("鄂尔多斯市伊金霍洛旗", YJHL),                # chain
    R("阿拉善左旗", ZQ),
    DR("5月20日至22日", "--05-20", "--05-22"),
    R("西藏自治区日喀则市桑珠孜区", SZZ, in_org=True),   # …、林芝市医保部门: a place + office word, shared by both (set 7's 主送 list)
    R("林芝市", LZ, in_org=True),
    C("8人", 8, "person"),                          # 一行8人
    # 高海拔, "一站式", 合作意向 (合作: no place)
    R("桑珠孜区", SZZ),
    C("约10.2万人", 102000, "person", qualifier="approx"),
    R("林芝市巴宜区", BY),                          # chain
    C("56个", 56, "item"),
    # 四、: list number
    DR("2025年7月1日至9月30日", "2025-07-01", "2025-09-30"),
    # "医保政策进蒙古包": 蒙古 is no place here; 2000户以上: 户 no classifier; 年底前: no number
    P("98%以上", 0.98, qualifier="min"),
    T("15个工作日以内", 15, "workday", qualifier="max"),
    PH("0483-8336120"),                             # 牧民咨询电话 (阿拉善盟's code)
    R("鄂尔多斯市伊金霍洛旗", YJHL, in_org=True),   # 鄂尔多斯市伊金霍洛旗医保局
    PH("0477-8612345"),
    R("阿拉善左旗", ZQ, in_org=True),               # signature
    D("2025年6月18日", "2025-06-18"),
]
