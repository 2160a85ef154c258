from gold_lib import *

SH, BS_SH = "310000", "310113"                  # 上海市, 宝山区 (上海)
SYS, BS_SYS = "230500", "230506"                # 双鸭山市, 宝山区 (双鸭山)
JY, JL = "510781", "421024"                     # 江油市, 江陵县
SPEC = [
    C("两个", 2, "item"),                       # title: 两个宝山区
    # "双城记" (A Tale of Two Cities): 双城 (双城区, 哈尔滨) inside a book title's phrase: no place
    # title: 两个宝山区: the name standing for both districts at once: no single referent, not annotated (call 2)
    D("2025-08-12", "2025-08-12"),              # 发布时间:
    # 来源:东北网: 东北 (the north-east) is no unit of divisions.tsv
    R("上海", SH),
    R("宝山区", BS_SH),                         # 上海有个宝山区: settled by the city named just before it (call 3)
    R("黑龙江双鸭山", SYS),
    R("宝山区", BS_SYS),                        # 双鸭山也有个宝山区: likewise
    D("3月", "--03"),                           # 今年3月
    R("上海市宝山区", BS_SH, in_org=True),      # 上海市宝山区医保局
    R("双鸭山市宝山区", BS_SYS, in_org=True),   # 双鸭山市宝山区医保局
    R("双鸭山宝山区", BS_SYS),                  # 双鸭山宝山区的退休矿工: a short chain
    T("72岁", 72, "year", age=True),
    R("上海宝山", BS_SH),                       # 上海宝山工作: city short name + county short name, one chain
    R("上海", SH),
    R("双鸭山", SYS),
    T("30个工作日", 30, "workday"),
    P("40%", 0.4),
    P("25%左右", 0.25, qualifier="approx"),
    R("双鸭山市宝山区", BS_SYS, in_org=True),   # 据双鸭山市宝山区医保局统计
    D("2024年", "2024"),
    # 赴沪: 沪 is a one-character abbreviation
    C("1260人次", 1260, "person"),
    M("4100万元", 41000000),
    M("2870万元", 28700000),
    R("上海宝山区", BS_SH),
    C("360余名", 360, "person", qualifier="min"),
    # "北漂南迁": a phrase, no place
    R("黑龙江", "230000"),                      # 黑龙江籍老人: the province (籍 = native of)
    R("宝山区", BS_SYS, in_org=True),           # 宝山区(双鸭山)医保局: settled by the parenthesis (call 3)
    R("双鸭山", SYS, in_org=True),              # the parenthesis is inside the office's name
    T("6个月", 6, "month"),                     # 6个月内: 内 is not on the list
    T("180天", 180, "day"),
    PH("0469-4215678"),
    R("上海市宝山区", BS_SH, in_org=True),      # 上海市宝山区医保中心
    PH("021-56691234"),
    R("江油", JY),                              # "江油"和"江陵": quoted names, each unique in divisions.tsv: the places (call 2)
    R("江陵", JL),
    R("四川绵阳江油市", JY),
    R("湖北荆州江陵县", JL),
    R("江油市", JY, in_org=True),               # 江油市医保局
    DR("2025年1-6月", "2025-01", "2025-06"),
    M("2.3亿元", 230000000),
    R("江陵县", JL),                            # 江陵县则把…: the county government as actor
    M("1.5万元", 15000),
    M("1.2万元", 12000),
    P("65%", 0.65),
    R("江陵县", JL, in_org=True),               # 江陵县医保局
    PH("0716-4762215"),
    R("宝山", BS_SH, in_org=True),              # "宝山钢铁": a company named after 上海's 宝山 (it stands there; 上海市 follows) (call 8)
    R("宝山区", BS_SH),                         # 宝山区的区属单位: 上海's, by the company and by 上海市 in the sentence (call 8)
    R("宝山", BS_SH, in_org=True),              # 宝山钢铁股份有限公司
    R("上海市", SH),                            # 由上海市统一管理: the municipality as actor
]
