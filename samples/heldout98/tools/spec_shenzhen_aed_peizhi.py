from gold_lib import *

SZ = "440300"                                       # 深圳市
FT, NS, BA, LG, GM, PS = "440304", "440305", "440306", "440307", "440311", "440310"
SPEC = [
    R("深圳市", SZ, in_org=True),                   # 深圳市卫生健康委员会关于…
    # 深卫健函〔2025〕86号: a document number (深 is a one-character abbreviation)
    # 各区, 市急救中心: no place named
    R("深圳市", SZ, in_title=True),                 # 《深圳市公共场所…管理办法》
    D("2025年9月30日", "2025-09-30"),               # 截至: a preposition, outside
    C("5.2万台", 52000, "piece"),                   # AED 5.2万台: 台 is a piece classifier
    # 每10万人口: 人口 (population) is a noun, not the classifier 人 (call 7)
    C("约295台", 295, "piece", qualifier="approx"),
    D("2024年底", "2024", qualifier="approx"),
    C("8600台", 8600, "piece"),
    C("1860台", 1860, "piece"),                     # 地铁站配置1860台
    P("100%", 1),
    C("3200台", 3200, "piece"),
    C("至少1台", 1, "piece", qualifier="min"),      # 每所学校: 每 + classifier with no number
    C("420台", 420, "piece"),
    R("福田区", FT),
    R("南山区", NS),                                # 深圳's, not 鹤岗's
    C("7300台", 7300, "piece"),
    C("6900台", 6900, "piece"),
    R("宝安区", BA),
    R("龙岗区", LG),
    C("超过6000台", 6000, "piece", qualifier="min"),
    R("光明区", GM),
    R("坪山区", PS),
    P("60%", 0.6),                                  # 不足60%: 不足 is not on the list
    D("2025年12月31日前", "2025-12-31", qualifier="until"),
    DR("2025年1-9月", "2025-01", "2025-09"),
    C("126例", 126, "case"),
    C("41例", 41, "case"),
    T("4分钟", 4, "minute"),                        # 4分钟内; 首次: no number
    PH("120"),                                      # 通过120电话指导: the hotline
    # (一)…(四): list numbers; 每台AED: no number
    C("1次", 1, "time"),                            # 按每季度1次: counts take no period
    T("3个月", 3, "month"),                         # 到期前3个月更换
    C("不少于5名", 5, "person", qualifier="min"),
    M("1.5万元", 15000),                            # 1.5万元至2.5万元: two units → two amounts (set 1 call 4)
    M("2.5万元", 25000),
    M("8000元", 8000),                              # 每台8000元: 每 + a classifier is no period
    R("深圳市", SZ, in_org=True),                   # 深圳市红十字会
    D("2025年", "2025"),
    C("350台", 350, "piece"),
    M("约600万元", 6000000, qualifier="approx"),
    R("深圳", SZ, in_org=True),                     # "深圳急救"微信小程序
    PH("0755-83301120"),
    PH("0755-88112345"),
    E("aed@wjw.sz.example.cn"),
    R("深圳市", SZ, in_org=True),                   # signature
    D("2025年10月15日", "2025-10-15"),
]
