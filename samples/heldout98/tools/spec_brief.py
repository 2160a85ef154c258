from gold_lib import *

KM, XS, GD = "530100", "530112", "530111"           # 昆明市, 西山区, 官渡区
LZ, GS = "620100", "620000"                         # 兰州市, 甘肃省
BJ, CY, HD = "110000", "110105", "110108"           # 北京市, 朝阳区, 海淀区
DOCS = {
    "heldout98-brief-1": [
        R("昆明市", KM, in_org=True),               # 昆明市急救中心
        # 今年前三季度: a named period, no duration (earlier sets)
        C("42.3万次", 423000, "time"),
        C("15.6万次", 156000, "time"),
        # 救护车30辆: 辆 is no classifier
        M("约1200万元", 12000000, qualifier="approx"),
        D("2025年10月", "2025-10"),
        R("昆明", KM),                              # 昆明主城区: a place before a topic; 城区 inside 主城区 is no place
        T("13分钟", 13, "minute"),
        T("2分钟", 2, "minute"),
        PH("120"),
        R("西山区", XS),
        R("官渡区", GD),
        PH("0871-63111120"),
    ],
    "heldout98-brief-2": [
        R("兰州", LZ),                              # 兰州: a dateline
        R("甘肃省", GS, in_org=True),               # 甘肃省医疗保障局
        D("2025年12月1日起", "2025-12-01", qualifier="from"),
        R("兰州市", LZ),                            # 兰州市参保人员: a place before a group
        PH("120"),                                  # 120救护车 (call 1)
        T("24小时", 24, "hour"),                    # 24小时内
        P("不低于70%", 0.7, qualifier="min"),
        M("3元", 3),                                # 每公里3元: no period
        M("100元", 100),                            # 单程封顶100元: 封顶 is on the list *after* a number only
        PH("0931-8825120"),
        PH("12393"),
        D("2024年", "2024"),
        R("兰州市", LZ),
        PH("120"),                                  # 兰州市120共转运: the hotline's service (call 5)
        C("8.6万人次", 86000, "person"),
        P("约四成", 0.4, qualifier="approx"),
        T("65岁以上", 65, "year", age=True, qualifier="min"),
        M("约260元", 260, qualifier="approx"),      # 人均院前急救费用约260元: 人均 is no period
    ],
    "heldout98-brief-3": [
        R("北京市", BJ, in_org=True),               # 北京市红十字会999急救中心
        # 999 inside the organisation's name is part of the name, no phone (call 9)
        R("北京", BJ),                              # 北京120: a place before the hotline (call 5)
        PH("120"),
        C("470个", 470, "item"),
        PH("120"),
        m("phone", "999", "999", kind="service"),   # 拨打120或999 (call 4)
        T("约12分钟", 12, "minute", qualifier="approx"),
        R("朝阳区", CY),                            # 北京's, not 长春's
        R("海淀区", HD),
        C("6个", 6, "item"),                        # 各6个: 各 is no qualifier
        # 2辆: 辆 is no classifier
        C("不少于9名", 9, "person", qualifier="min"),
        PH("010-66098120"),
        M("不超过20元", 20, qualifier="max"),       # 起步价不超过20元: 起步 is no qualifier before a number
    ],
}
