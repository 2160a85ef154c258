from gold_lib import *

LZ, YF, GX = "450200", "450203", "450000"           # 柳州市, 鱼峰区, 广西壮族自治区
SPEC = [
    R("柳州市鱼峰区", YF, in_org=True),              # the hospital's name: a chain, one mention at the district
    D("2025年2月10日", "2025-02-10"),               # 公示日期
    DR("2025年2月10日至2月16日", "2025-02-10", "2025-02-16"),   # 公示期: the end leaves out the year
    R("广西壮族自治区", GX, in_title=True, in_org=True),   # 《广西壮族自治区医疗保障局 …》 (set 1 call 6)
    R("广西壮族自治区", GX, in_title=True, in_org=True),   # … 广西壮族自治区卫生健康委员会关于…》
    # (桂医保发〔2024〕31号), (柳医保发〔2024〕8号): document numbers, nothing
    R("柳州市", LZ, in_title=True, in_org=True),     # 《柳州市医疗保障局关于…》
    D("2025年3月1日起", "2025-03-01", qualifier="from"),
    C("126项", 126, "item"),
    C("58项", 58, "item"),
    C("43项", 43, "item"),
    C("25项", 25, "item"),
    # 一、…五、 and 1. 2. 3. 4.: list numbers; (项目编码110200001) and the other 9-digit item codes,
    # ABAA0001至ABAA0006: codes, no numbers of any type (no phone, no count, no range)
    M("10元/次", 10, period="time"),                # /次 = 每次 (set 6 call 1)
    M("15元/次", 15, period="time"),
    M("20元/次", 20, period="time"),
    M("15元/次", 15, period="time"),
    T("6岁以下", 6, "year", age=True, qualifier="max", _nb=True),   # `3.6岁以下儿童`: 3. is the list number (set 4 call 19), not 3.6岁
    P("30%", 0.3),
    T("65周岁以上", 65, "year", age=True, qualifier="min"),
    # 老年证: nothing
    M("32元/床日", 32, period="day"),               # maintainer (session 11): a bed fee per bed-day is daily (guidelines, money)
    M("200元/床日", 200, period="day"),
    M("20元/床日", 20, period="day"),
    T("12小时", 12, "hour"),                        # 留观不足12小时: 不足 is not on the shared list
    T("半日", 0.5, "day"),                          # 按半日收取: like 半年 → 0.5 year, 半个月 (set 4 call 6)
    P("50%", 0.5),
    # 一级护理: a grade of care, like hospital levels: nothing
    M("28元/日", 28, period="day"),                 # /日 → day (set 6 call 1's 20元/日)
    T("6岁以下", 6, "year", age=True, qualifier="max"),
    P("30%", 0.3),
    M("8元", 8),                                    # 8元/小时: 小时 is not a period word of the guidelines (day, week, month, quarter, year, time); /小时 outside
    T("2小时", 2, "hour"),                          # 前2小时10元: 前 is a date qualifier only
    M("10元", 10),
    T("1小时", 1, "hour"),                          # 每增加1小时: digit 1, not a lone 一 (set 1 call 13)
    M("5元", 5),                                    # 加收5元
    M("每日不超过60元", 60, period="day", qualifier="max"),
    T("2小时以内", 2, "hour", qualifier="max"),
    M("650元", 650),
    T("1小时", 1, "hour"),
    M("130元", 130),
    T("6岁以下", 6, "year", age=True, qualifier="max"),
    P("30%", 0.3),
    P("20%", 0.2),
    C("两项", 2, "item"),                           # 两项可同时计算 (set 2 call 16)
    M("240元", 240),                                # 240元/例: 例 is a classifier, no period word (set 6 call 1's /项)
    C("1例", 1, "case"),                            # 增加1例加收120元
    M("120元", 120),
    # 三级公立医疗机构: a hospital level
    P("95%", 0.95),
    # 按规定结算: 定结 (a gazetteer short name) straddles two words, no place (set 7)
    D("2025年12月31日", "2025-12-31"),              # 价格有效期至…: 至 is a preposition (set 1 call 15)
    T("7天", 7, "day"),                             # 公示期7天
    PH("0772-3826105", city="柳州市"),              # 0772 is shared by 柳州 and 来宾: the article's city (set 1 call 5)
    PH("12345"),                                    # 12345政务服务便民热线: the number as written
    PH("12393"),
    R("柳州市鱼峰区", YF, in_org=True),              # signature
    D("2025年2月10日", "2025-02-10"),
]
