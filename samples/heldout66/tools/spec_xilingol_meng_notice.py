from gold_lib import *

XL = "152500"                                       # 锡林郭勒盟 (a league: a prefecture-level unit, level city)
SPEC = [
    R("锡林郭勒盟", XL, in_org=True),               # 锡林郭勒盟医疗保障局 (title)
    D("2026年度", "2026"),
    # 锡盟医保发〔2025〕21号: a document number; 锡盟 (the league's abbreviation) is inside it, nothing
    # 各旗县市(区): kinds of units, no place; 盟医保中心, 我盟: no name
    D("2026年度", "2026"),
    # 一、 二、 …: section numbers
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    D("2026年1月1日以后", "2026-01-01", qualifier="from"),
    T("3个月", 3, "month"),
    T("90天", 90, "day"),                           # 出生后90天内: 内 is no qualifier
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),             # 每人每年400元: 每人 is no period
    M("每年700元", 700, period="year"),             # 不低于每人每年700元: 每人 stands between 不低于 and the mention (set 50 call 4)
    P("70%", 0.7),
    # 苏木乡镇卫生院, 嘎查村卫生室: 苏木 (township) and 嘎查 (village) are no places
    P("90%", 0.9),
    P("80%", 0.8),                                  # 旗县级医院, 盟级医院: levels, no places
    P("70%", 0.7),
    M("20万元", 200000),                            # 年度最高支付限额20万元: 最高 does not touch
    M("不超过30元", 30, qualifier="max"),           # 每次报销不超过30元: 报销 stands between 每次 and the mention
    M("不超过300元", 300, qualifier="max"),
    # (一) (二): list markers; 苏木镇, 嘎查村: townships and villages
    R("阿巴嘎旗", "152522"),
    R("苏尼特左旗", "152523"),
    R("东乌珠穆沁旗", "152525"),
    C("至少2个", 2, "item", qualifier="min"),       # 每个苏木至少2个: 每个 has no number
    R("锡林浩特市", "152502"),
    R("二连浩特市", "152501"),
    D("12月15日前", "--12-15", qualifier="until"),
    R("正蓝旗", "152530"),                          # 正蓝旗上都镇: the 旗 (county level); 上都镇 a township
    R("镶黄旗", "152528"),                          # 新宝拉格镇 a township
    D("10月起", "--10", qualifier="from"),
    # "嘎查村代缴": a programme, no place
    D("2025年10月底", "2025-10", qualifier="approx"),
    # 全盟: no name
    C("68.4万人", 684000, "person"),
    P("约为96.5%", 0.965, qualifier="approx"),
    R("阿巴嘎旗", "152522"),                        # 阿巴嘎旗别力古台镇: the 旗 (the township is no place)
    # 巴彦图嘎嘎查: a village; 巴彦 (巴彦县, 黑龙江) is part of its name, nothing;
    #   镇巴 (镇巴县, 陕西) straddles 别力古台镇 and 巴彦…: nothing
    # 乌兰·其其格: a Mongolian personal name; 乌兰 (乌兰县, 青海) is no place here
    PH("0479-8226315"),
    PH("12393"),
    # 附件:1. / 2.: list numbers; the full stop of 1. is punctuation before the date (call 7)
    D("2026年度", "2026", _nb=True),               # _nb: build_gold's guard would read 1.2026 as one number
    R("锡林郭勒盟", XL, in_org=True),               # signature: 锡林郭勒盟医疗保障局
    D("2025年8月20日", "2025-08-20"),
]
