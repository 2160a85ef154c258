from gold_lib import *

AH, HF = "340000", "340100"                         # 安徽省, 合肥市
SPEC = [
    # 突破1.2万: no classifier after the number, nothing
    R("安徽", AH, in_org=True),                     # 安徽日报 (a newspaper)
    D("2025-02-28", "2025-02-28"),                  # 17:05 a time
    D("2月28日", "--02-28"),
    # 第十八个国际罕见病日: an ordinal
    D("2月", "--02"),                               # 2月最后一天: the month is written (call 4); 最后一天: lone 一
    R("安徽省", AH, in_org=True),                   # 安徽省卫生健康委员会; 省医疗保障局 names no place
    # 中国科学技术大学附属第一医院: 中国 is no unit; 第一 an ordinal
    R("安徽省", AH, in_org=True),                   # (安徽省立医院): inside a hospital's name
    R("合肥", HF),
    C("20余名", 20, "person", qualifier="min"),
    C("近300名", 300, "person", qualifier="approx"),
    D("2024年底", "2024", qualifier="approx"),      # 截至 before it
    C("23家", 23, "institution"),
    C("1.2万余人", 12000, "person", qualifier="min"),
    # 《第一批…》《第二批…》: ordinals in titles
    C("96种", 96, "kind"),
    # 居前三位: a rank, nothing
    C("2100例", 2100, "case"),
    C("1380例", 1380, "case"),
    C("860例", 860, "case"),
    # 过去一年: lone 一
    C("2,346名", 2346, "person"),
    M("1.36亿元", 136000000),
    P("23.5%", 0.235),
    DR("2024年1-12月", "2024-01", "2024-12"),
    P("52%", 0.52),
    P("71%", 0.71),
    M("约1.8万元", 18000, qualifier="approx"),
    R("合肥市包河区", "340111"),
    T("12岁", 12, "year", age=True),
    T("两周", 2, "week"),                           # 每两周输注一次: 两 is no lone 一; 一次 is
    # 伊米苷酶(400单位/支): a dose (set 87 call 1), nothing
    M("超过60万元", 600000, qualifier="min"),       # 每年药费超过60万元: 药费 stands between 每年 and the amount
    D("7月", "--07"),                               # 去年7月: 去年 is not part of it
    R("阜阳", "341200"), R("芜湖", "340200"),
    # 惠民保: 惠民 is no place here
    P("三成", 0.3),                                 # 小杰一家自付部分再降低三成: 一家 is a lone 一 (a family)
    # 我国: not a place
    C("约2000万人", 20000000, "person", qualifier="approx"),
    P("约50%", 0.5, qualifier="approx"),
    R("安徽省", AH),                                # 安徽省将…: the province as subject, plain
    D("2025年", "2025"),                            # 2025年内: 内 is no qualifier
    C("10个", 10, "item"),                        # 新建罕见病门诊10个: 新建 is a verb, no place
    D("2027年", "2027"),
    C("16个", 16, "item"),                          # 16个地级市
    PH("0551-62281234"),
    U("www.example.org.cn/rareday"),
]
