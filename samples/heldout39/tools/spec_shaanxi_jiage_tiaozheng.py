from gold_lib import *

SX = "610000"
SPEC = [
    R("陕西省", SX, in_org=True),                    # 陕西省医疗保障局
    R("陕西省", SX, in_org=True),                    # 陕西省卫生健康委员会
    # 陕医保发〔2025〕42号: document number; 各设区市: no place
    R("韩城市", "610581", in_org=True),              # 韩城市医疗保障局、卫生健康局 (a shared office word after it)
    # 省医疗保障局 / 省卫生健康委员会: no place name
    C("126项", 126, "item"), C("98项", 98, "item"), C("28项", 28, "item"),
    P("约4.7%", 0.047, qualifier="approx"),          # 升幅约4.7%
    # 二、 (三级公立医疗机构): a level; item numbers 1.…14. before words; project codes (110200001 …) are
    # bare 9-digit codes: nothing (no phone: a code, like ID and tender numbers)
    # 由X调整为Y: two mentions each, 由/调整为 outside (set 11 call 8)
    M("10元/次", 10, period="time"), M("15元/次", 15, period="time"),      # /次 = 每次 (set 6 call 1)
    M("18元/次", 18, period="time"), M("25元/次", 25, period="time"),
    M("60元/日", 60, period="day"), M("80元/日", 80, period="day"),        # set 6 call 1: 20元/日 -> day
    # (多人间): no number
    M("22元/床日", 22, period="day"), M("30元/床日", 30, period="day"),    # guidelines: 32元/床日 -> day
    M("8元", 8), M("12元", 12),                      # 8元/小时: an hour is no period word (set 10 call 4); /小时 outside
    # 一级护理: a level, nothing
    M("26元/日", 26, period="day"), M("32元/日", 32, period="day"),
    # 静脉输液(首组): no number
    M("4元", 4), M("6元", 6),
    M("20元", 20), M("28元", 28),                    # 每次由20元调整为28元: 由 stands between 每次 and the amount
    M("1150元", 1150), M("1380元", 1380),
    P("20%", 0.2),                                   # 上调20%
    M("3000元", 3000), M("3600元", 3600),
    # (四)检查检验类(下调): CT in brackets, no number
    M("120元", 120), M("100元", 100),                # /部位: a classifier-like unit, no period (like /项, set 6 call 1)
    P("16.7%", 0.167),
    M("480元", 480), M("420元", 420),
    M("390元/次", 390, period="time"), M("360元/次", 360, period="time"),
    P("7.7%", 0.077),                                # 降幅7.7%
    M("45元", 45), M("35元", 35),                    # 45元/项: /项 outside (set 6 call 1)
    # 三、分级定价: 二级 / 一级及以下 / 三级: levels
    P("90%", 0.9), P("80%", 0.8),
    # 保留到角: no number
    # 四、 乙类: a class label
    P("10%", 0.1),
    M("不超过2元", 2, qualifier="max"),              # 门诊次均自付费用增加不超过2元: 次均 is no period (set 5 call 14)
    D("2025年12月1日起", "2025-12-01", qualifier="from"),
    # 各市(区): no place
    D("2025年11月25日前", "2025-11-25", qualifier="until"),
    R("西安市", "610100"), R("宝鸡市", "610300"), R("咸阳市", "610400"), R("汉中市", "610700"),
                                                     # 作为监测城市: places, no office word
    D("每月10日前", "---10", relative_to="every_month", qualifier="until"),
    # 上月: no number
    DR("2025年12月至2026年5月", "2025-12", "2026-05"),
    PH("029-86254731", city="西安市"),           # 029 is shared by 西安 and 咸阳: the provincial office is in 西安 (set 1 call 5)
    PH("029-86254735", city="西安市"),                            # (传真): a fax is a phone (set 16 call 2)
    R("陕西省", SX, in_org=True), R("陕西省", SX, in_org=True),   # signatures
    D("2025年11月10日", "2025-11-10"),
]
