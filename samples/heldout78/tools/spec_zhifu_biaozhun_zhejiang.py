from gold_lib import *

ZJ, HZ, NB, WZ = "330000", "330100", "330200", "330300"   # 浙江省, 杭州市, 宁波市, 温州市
SPEC = [
    R("浙江省", ZJ, in_org=True),                   # 浙江省医疗保障局关于…的通知 (a heading, no 《》)
    # 第三批: an ordinal; 浙医保联发〔2025〕21号: a document number
    C("126项", 126, "item"),
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    D("2026年6月30日", "2026-06-30"),               # 有效期至2026年6月30日: 至 a preposition (set 1 call 15)
    # 【1】…【5】: item numbers. 医保耗材编码 C03100212060001004021 …: codes (set 57 call 1), nothing,
    # also where a year-like run (2019, 2017, 1988 …) sits inside them.
    # 规格型号 XT-3018, 3.0mm×18mm: a model number and a size (set 57 calls 1 and 6)
    M("798元", 798),                                # 798元/个: the amount only
    P("10%", 0.1),                                  # 先行自付比例:10%
    # ZK-HP2024 (model), 股骨头直径36mm (a size): nothing
    M("7,320元", 7320),                             # 7,320元/套
    P("20%", 0.2),
    # AS-20.0D: a model number
    M("1,050元", 1050),                             # 1,050元/片
    P("10%", 0.1),
    # 一次性使用: lone 一; GW-29, Φ29mm: a model number and a size
    M("1,860元", 1860),                             # 1,860元/把 (把: no period)
    P("30%", 0.3),
    # PTCA: letters; 0.014英寸×190cm: a size in other units
    M("260元", 260),                                # 每根260元: 每 + a classifier, no period
    P("10%", 0.1),
    # 说明 1.–6.: list numbers
    P("10%", 0.1),                                  # 10%-30%: every % is its own mention
    P("30%", 0.3),
    # 同一次住院: lone 一
    C("不超过3个", 3, "item", qualifier="max"),     # 冠脉支架原则上不超过3个
    R("杭州", HZ), R("宁波", NB), R("温州", WZ),    # the cities as actors, plain
    C("11个", 11, "item"),                          # 11个设区市
    D("2025年6月底前", "2025-06", qualifier="until"),
    T("两年", 2, "year"),                           # 每两年动态调整一次 (每 is no part of a duration; 一次 lone 一)
    P("不超过15%", 0.15, qualifier="max"),
    D("2019年", "2019"),                            # 分类与代码(2019年版): an edition year written with 年 is a date (call 3)
    # 27位编码的前21位: 位 counts digits of a code, not persons (set 70 call 4: 前五位): nothing
    PH("0571-87052316"),
    PH("0571-87052318"),
    R("浙江省", ZJ, in_org=True),                   # signature
    D("2025年6月9日", "2025-06-09"),
]
