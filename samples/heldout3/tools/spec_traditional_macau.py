from gold_lib import *

MO, ZH = "820000", "440400"                         # 澳门特别行政区 (province level), 珠海市
SPEC = [
    # Written in Traditional (Macau/HK forms, 「」 quotes, 週歲, 個月); normalize.py converts it with
    # `opencc -c t2s.json` before NFKC, so the offsets index the Simplified text.
    R("澳门", MO),                                  # title: 澳門居民
    # 横琴 (a new area below county level), 粤澳/港澳 (one-character abbreviations), 大湾区, 内地: not places;
    # 合作区 (横琴粤澳深度合作区, 合作区政务服务中心): 合作 is a common word here, not 合作市
    R("珠海", ZH),                                  # 参加珠海医保: a programme
    M("400元", 400),                                # 个人每年缴费400元: 缴费 stands between 每年 and the amount
    D("2024-03-15", "2024-03-15"),                  # 09:12: a time
    R("澳门", MO, in_org=True),                     # 澳門日報: a newspaper
    R("珠海市", ZH, in_org=True),                   # 珠海市医疗保障局
    R("澳门", MO),
    R("珠海市", ZH),                                # 珠海市基本医疗保险: a programme
    R("珠海", ZH),                                  # 珠海本地居民
    D("2024年2月底", "2024-02", qualifier="approx"),  # 截至…
    C("约1.86万名", 18600, "person", qualifier="approx"),
    R("澳门", MO),
    R("珠海", ZH),
    C("超过9,000人", 9000, "person", qualifier="min"),   # 超过 is on the shared list
    R("澳门", MO),                                  # 「港澳居民居住证」: no place
    R("珠海市", ZH),                                # programme
    R("澳门", MO),
    T("18周岁", 18, "year", age=True),              # 未满18週歲 (未满 is not on the shared list)
    R("澳门", MO),
    R("珠海", ZH),
    R("香港", "810000"), R("台湾", "710000"),       # 香港及臺灣居民
    D("2024年度", "2024"),
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    M("每年400元", 400, period="year"),             # 每人每年400元
    T("18至59周岁", (18, 59), "year", age=True),    # an age range with 至
    M("每年400元", 400, period="year"),
    T("60周岁及以上", 60, "year", age=True, qualifier="min"),   # 及以上 is on the shared list
    M("每年400元", 400, period="year"),
    # 一致: lone 一
    M("每年不低于670元", 670, period="year", qualifier="min"),
    DR("每年9月1日至12月31日", "--09-01", "--12-31", recurring="yearly"),
    R("澳门", MO),                                  # 次月起: no number
    R("珠海", ZH),
    R("澳门", MO),                                  # 澳門長者
    R("澳门", MO, in_org=True),                     # 澳門特區政府: a government
    M("每年600澳门元", 600, currency="MOP", period="year"),   # 澳门元 (pataca): not on the guidelines' list; the
                                                    # unit is 元 and the amount is in MOP; 澳门 is part of the
                                                    # unit here, so no region inside the money span
    M("550元", 550),                                # (约合人民币550元): 约合 is not on the list and 人民币 stands between
    R("珠海市", ZH),                                # 珠海市定点医疗机构: a kind of institution, not a name
    # 一级/二级/三级医院: grades
    P("90%", 0.9), P("80%", 0.8),
    P("70%左右", 0.7, qualifier="approx"),
    M("50万元", 500000),                            # 年度最高支付限额为50万元: 最高 does not touch
    M("10元", 10),                                  # 每次起付标准10元: 每次 does not touch
    M("最高1,500元", 1500, qualifier="max"),        # 年度限额最高1,500元
    T("3个月", 3, "month"),                         # 参保满3个月后 (后 qualifies dates only)
    R("澳门", MO),                                  # 横琴的澳门医疗机构「横琴医疗中心」: a kind of institution
    R("珠海", ZH),                                  # 珠海医保参保人: a programme
    R("珠海市香洲区", "440402"),                    # a chain: one mention at its most specific level
    R("斗门区", "440403"), R("金湾区", "440404"),
    # 值得一提: lone 一
    R("澳门", MO),
    # 中山大学附属第五医院: 中山 is 孙中山's name, not the city 中山市 (cf. 南华 in 南华大学); 第五: an ordinal
    R("珠海市", ZH, in_org=True),                   # 珠海市人民医院
    R("澳门", MO),
    T("3个工作日", 3, "workday"),                   # 一般3个工作日内 (一般: no lone 一)
    PH("0756-8912335"),
    R("珠海", ZH, in_org=True),                     # 珠海市民服务热线: 珠海 + 市民服务热线 (the hotline's name);
                                                    # 市民 is the word, so the place is 珠海, not 珠海市
    PH("12345"),
    # (记者 梁嘉欣): an invented name
]
