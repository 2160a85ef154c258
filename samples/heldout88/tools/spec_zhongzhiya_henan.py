from gold_lib import *

HN, ZZ, KF = "410000", "410100", "410200"          # 河南省, 郑州市, 开封市
SPEC = [
    R("河南省", HN, in_org=True),                   # title: 河南省医疗保障局关于… (no 《》: in_org only)
    # 豫医保办〔2025〕41号: a document number, nothing
    # 一、/(一) … 五、: section numbers
    D("2025年4月15日起", "2025-04-15", qualifier="from"),   # 自…起: 自 stays outside
    T("3年", 3, "year"),                            # 采购周期为3年
    M("770元", 770),                                # 单颗采购价平均为770元: 单颗 is no period word
    M("548元", 548),                                # 最低单颗548元: 最低 does not touch (单颗 between)
    P("55%", 0.55),
    M("不超过300元", 300, qualifier="max"),          # 牙冠 单价
    # 三级 / 二级及以下医疗机构: hospital levels, nothing
    M("4500元", 4500),                              # 4500元/颗: /颗 is a classifier, no period (call 1)
    P("10%", 0.1),                                  # 下浮10%
    M("4050元", 4050),
    M("1350元", 1350),                              # 每颗1350元: 每 + a classifier, no period
    M("650元", 650),                                # 每颗650元
    M("每次20元", 20, period="time"),
    M("不超过1000元", 1000, qualifier="max"),        # 每牙位不超过1000元: 牙位 is no period word
    R("郑州市", ZZ), R("开封市", KF),
    C("17个", 17, "item"),                          # 17个省辖市
    D("2025年4月10日前", "2025-04-10", qualifier="until"),
    DR("2025年4月1日至4月30日", "2025-04-01", "2025-04-30"),
    # 36号牙, 46号牙: tooth numbers (FDI), nothing (call 3)
    # 按一颗计: a lone 一; 多颗: no number
    C("1,286家", 1286, "institution"),
    P("92.3%", 0.923),
    PH("0371-69691234"),
    E("ybjg@ha-ylbz.example.cn"),
    R("河南省", HN, in_org=True),                   # signature 河南省医疗保障局
    D("2025年3月28日", "2025-03-28"),
]
