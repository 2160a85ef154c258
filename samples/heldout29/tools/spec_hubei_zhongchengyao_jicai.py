from gold_lib import *

HB, WH, YC, XY = "420000", "420100", "420500", "420600"
SPEC = [
    # 首页 > 医保要闻 > 集中采购: a breadcrumb as text, nothing
    R("湖北", HB),                                    # headline: 湖北牵头 (the province as an actor, plain)
    P("49.2%", 0.492),                                # 平均降幅49.2%: 降幅 is no qualifier
    D("2025-11-06", "2025-11-06"),                    # 09:15: a time of day
    # 来源:楚天医保观察: 楚天 is no place; 记者 王某 通讯员 李某: people
    D("11月5日", "--11-05"),
    R("湖北省", HB, in_org=True),                     # 湖北省医疗保障局
    R("湖北", HB),                                    # 由湖北牵头
    C("19个", 19, "item"),                            # 19个省份
    # 第三批: an ordinal (set 22 call 5)
    C("95家", 95, "institution"),
    C("156个", 156, "item"),
    P("49.2%", 0.492),
    P("87.6%", 0.876),                                # 最高降幅达87.6%: 最高 does not touch (降幅达 between)
    M("约58亿元", 5800000000, qualifier="approx"),    # 每年可节约…: 每年 does not touch
    M("18.6元", 18.6),                                # 18.6元/支: /支 is a classifier, no period (set 6 call 1)
    M("62元", 62),                                    # 62元/支
    M("约43元", 43, qualifier="approx"),              # 每支可少花约43元: 每 + a classifier, no period
    M("0.07元", 0.07),                                # 每粒0.07元: 每粒 outside (每 + a classifier)
    # (每片含总黄酮醇苷9.6mg): a strength in mg, no mention (set 8 call 1)
    M("0.35元", 0.35),                                # 0.35元/片
    C("3次", 3, "time"),                              # 每日3次: a dosage; 每日 is a period word for money only (set 21 call 6)
    C("2片", 2, "piece"),                             # 每次2片: a dosage, not a pack specification (judgement call)
    # 一个疗程: lone 一
    T("28天", 28, "day"),
    M("60元", 60),                                    # 不到60元: 不到 is not on the shared list (set 2 call 7)
    T("2年", 2, "year"),                              # 采购周期为2年
    D("2026年3月起", "2026-03", qualifier="from"),
    T("1年", 1, "year"),                              # 可续签1年
    P("70%", 0.7), P("90%", 0.9),                     # 70%至90%: two percents
    # 首年, 上年度: no dates
    P("80%", 0.8),                                    # 不低于上年度实际采购量的80%: 不低于 does not touch
    R("湖北省", HB),                                  # 湖北省内 (set 28 call 10)
    C("2,341家", 2341, "institution"),
    C("1,128家", 1128, "institution"),
    R("武汉", WH), R("宜昌", YC), R("襄阳", XY),       # 三市: 市 is no classifier
    # 全省: no place
    P("五成以上", 0.5, qualifier="min"),
    D("2026年3月底前", "2026-03", qualifier="until"),  # 底前 (set 6 call 10)
    P("30%", 0.3),                                    # 降幅低于30%: 低于 not on the list (set 17 call 3)
    P("20%", 0.2),                                    # 最多上浮20%: 上浮 between 最多 and the number
    M("2.3万元", 23000),                              # 由2.3万元降至约5900元: two amounts (set 11 call 8)
    M("约5900元", 5900, qualifier="approx"),
    P("约74%", 0.74, qualifier="approx"),
    M("380-2,650元", (380, 2650)),                    # 每个380-2,650元: one range with one unit; 每个 outside
    T("3年", 3, "year"),
    # 下一年度: no date
    R("湖北省", HB, in_org=True),                     # 湖北省医疗保障局相关负责人
    R("湖北省", HB, in_org=True),                     # 湖北省医药价格和招标采购服务中心
    PH("027-87362150"),
    PH("12393"),
    # 编辑:张某 审核:刘某: people
]
