from gold_lib import *

HN, ZZ = "410000", "410100"                         # 河南省, 郑州市
SX, JX, HUN, GX, HAIN, GZ, QH, NX = "140000", "360000", "430000", "450000", "460000", "520000", "630000", "640000"
SH, BJ, TJ, SZ = "310000", "110000", "120000", "320500"   # 上海市, 北京市, 天津市, 苏州市
SPEC = [
    C("三类", 3, "kind"),                           # title: 冠脉支架等三类医用耗材: a count of kinds (call 5)
    # 豫医保联采〔2025〕9号: a document number (豫, a one-character abbreviation: no place)
    D("2025-06-18", "2025-06-18"),                  # 发布时间 of the main article: a plain date (set 1 call 8); 10:30 a time
    R("河南省", HN, in_org=True),                   # 来源:河南省医疗保障局
    # 浏览次数:3276: a counter, no unit
    R("河南", HN, in_title=True),                   # 《河南牵头省际联盟医用耗材集中带量采购工作方案》
    R("河南省", HN),                                # 由河南省牵头: the province as an actor (set 57 call 12), plain
    R("山西", SX), R("江西", JX), R("湖南", HUN), R("广西", GX),
    R("海南", HAIN),                                # in a list of provinces closed by 省(区): the province (set 57 call 7)
    R("贵州", GZ), R("青海", QH), R("宁夏", NX),
    C("13个", 13, "item"),                          # 13个省(区): 个 touches; 省 is no classifier of the guidelines
    D("2025年6月12日", "2025-06-12"),
    R("郑州市", ZZ),                                # the venue, plain
    C("三类", 3, "kind"),                           # 三类医用耗材: the three kinds named before it (call 5), like 三类
                                                    # in set 1's fragment_2
    C("46家", 46, "institution"),
    C("312个", 312, "item"),
    C("38家", 38, "institution"),
    C("197个", 197, "item"),
    P("63.1%", 0.631),
    D("2024年", "2024"),                            # 2024年采购均价
    P("82%", 0.82),                                 # 平均降幅82%: 平均 is no qualifier
    P("93.6%", 0.936),                              # 最高降幅93.6%: 最高 does not touch (降幅 between; set 57)
    M("约27.4亿元", 2740000000, qualifier="approx"),
    # 首年: no number; 协议采购量为12.6万套: 套 is no classifier of the guidelines (set 57 call 2): nothing
    C("约18.3万个", 183000, "item", qualifier="approx"),
    # 二、… (节选); 1. list numbers; 竞价单元1: a unit's label
    R("上海", SH, in_org=True),                     # 上海瑞澜医疗器械(集团)有限公司: a company's name
    # 型号XT-3018, 规格3.0mm×18mm: a model number and a size (set 57 calls 1 and 6): nothing
    M("798元", 798),                                # 798元/个: the amount only (set 70: 限价798元/个)
    P("84.2%", 0.842),
    R("北京", BJ, in_org=True),                     # 康辉(北京)医疗器械有限公司: a place in brackets inside a name
    # “心盾2021”支架系统: a year in a product's name with no 年 (a bare number): nothing; 型号GR-2.75×24 nothing
    M("730元", 730),
    P("86%", 0.86),
    M("458-1,180元", (458, 1180)),                  # 中选价格区间为458-1,180元/个: one range with one unit
    M("4,650元", 4650),                             # 4,650元至1.3万元: two units, two amounts (set 1 call 4)
    M("1.3万元", 13000),
    # 2.人工髋关节(陶瓷-陶瓷界面): list number
    R("天津", TJ, in_org=True),                     # 天津正康骨科材料股份有限公司
    # 型号ZK-HP2024: a model number; 2024 inside it is no year
    M("7,320元", 7320),                             # 每套7,320元: 每 + a classifier, no period
    M("3.5万元", 35000),                            # 较原价3.5万元: 原价 a label
    P("79.1%", 0.791),
    R("苏州", SZ, in_org=True),                     # 苏州晶视眼科器械有限公司
    # 型号AS-20.0D, 屈光度+5.0D至+30.0D: a model number and dioptres (another unit): nothing
    M("1,050元", 1050),                             # 1,050元/片
    P("约60%", 0.6, qualifier="approx"),
    # 三、(一): section numbers
    T("2年", 2, "year"),                            # 采购周期为2年
    D("2025年9月1日起", "2025-09-01", qualifier="from"),
    DR("2025年9月1日至2027年8月31日", "2025-09-01", "2027-08-31"),
    T("3个月", 3, "month"),                         # 协议期满前3个月
    P("80%", 0.8),                                  # 不低于协议采购量的80%: 不低于 does not touch
    # 1.5倍: a multiple, no unit of the guidelines
    P("30%", 0.3),                                  # 不低于年度协议采购金额的30%
    T("30日", 30, "day"),                           # 执行后30日 (like 30日后)
    DR("2025年6月18日至6月24日", "2025-06-18", "2025-06-24"),
    T("5个工作日", 5, "workday"),
    D("2025年6月24日", "2025-06-24"),               # 2025年6月24日17:00前: the time stands between the date and 前
    PH("0371-65503377"),
    # 9:00-12:00, 15:00-17:30: times of day
    E("lmcg_hc@ybj-henan.example.gov.cn"),
    U("https://ybj.henan.example.gov.cn/lmcg/2025/0618.html"),
    C("197个", 197, "item"),                        # 附件:1.拟中选结果表(共197个产品); 1. a list number
    R("河南省", HN, in_org=True),                   # signature: 河南省医疗保障局(代章)
    D("二〇二五年六月十八日", "2025-06-18"),
]
