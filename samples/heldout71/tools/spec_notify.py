from gold_lib import *

WH, JH = "420100", "420103"                         # 武汉市, 江汉区
ZZ, KF, JS = "410100", "410200", "410105"           # 郑州市, 开封市, 金水区
GZ = "440100"                                       # 广州市
DOCS = {
    "heldout71-notify-1": [
        # 【饿了么】: a platform's name
        D("2025-04-12", "2025-04-12"),              # 19:36 a time
        R("武汉江汉", JH, in_org=True),             # “叮当快药(武汉江汉店)”: a chain of short names in a branch name
        # 订单尾号8866: the tail of an order number, nothing
        M("¥36.20", 36.2),
        M("¥4.00", 4),
        M("¥6.50", 6.5),                            # 共节省¥6.50: 共 is not on the list
        # 骑手于19:35送达: a time
        T("27分钟", 27, "minute"),
        T("8分钟", 8, "minute"),                    # 比预计提前8分钟
        T("48小时", 48, "hour"),                    # 48小时内: 内 is not a qualifier
        T("7个工作日", 7, "workday"),
        M("¥112.60", 112.6),
        R("武汉市", WH),                            # 武汉市职工医保: a place before a programme
        M("¥387.40", 387.4),
        C("2.1万人", 21000, "person"),              # 已有2.1万人评价
    ],
    "heldout71-notify-2": [
        # 【京东健康】: a platform's name
        C("1张", 1, "piece"),                       # 1张…券: digit 1 is no lone 一
        M("59元", 59),                              # 满59元减8元: two amounts (set 57: 满100元减20元)
        M("8元", 8),
        D("2025-03-31", "2025-03-31"),              # 有效期至2025-03-31 23:59: 至 a preposition, 23:59 a time
        DR("3月15日-3月17日", "--03-15", "--03-17"),  # yearless, no 每年 (set 1 call 9)
        P("5折", 0.5),                              # 低至5折: 低至 is not on the list
        C("2盒", 2, "piece"),                       # 每人限购2盒
        # 已售10万+: no classifier, + no unit (call 2)
        R("郑州市", ZZ),                            # 郑州市、开封市参保人
        R("开封市", KF),
        R("郑州市金水区", JS),                      # 郑州市金水区部分门店: not an organisation's name (no body named)
        P("60%", 0.6),
        # 退订回T
        PH("400-606-5500"),
    ],
    "heldout71-notify-3": [
        D("2025年5月20日", "2025-05-20"),           # 09:12 a time
        # 美团买药: a platform's name
        R("广州市", GZ),                            # 绑定广州市医保电子凭证: a place before a credential of a programme
        T("1年", 1, "year"),                        # 授权有效期<b>1</b>年
        D("2026年5月19日止", "2026-05-19", qualifier="until"),   # 至…止: 至 a preposition, 止 a qualifier
        M("¥1,286.40", 1286.4),                     # &yen;1,286.40
        # 本年度: no number
        M("¥213.60", 213.6),
        M("3元", 3),                                # 立减<strong>3</strong>元
        M("30元", 30),                              # 满<strong>30</strong>元可用
        C("10000份", 10000, "piece"),               # 限量<strong>10000</strong>份
        R("广州", GZ),                              # 广州医保服务热线: a place before a service, plain
        PH("12345"),
        PH("020-83178000"),
    ],
}
