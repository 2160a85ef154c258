from gold_lib import *

SC, CD = "510000", "510100"                         # 四川省, 成都市
SPEC = [
    # MDT: an abbreviation
    R("四川", SC, in_org=True),                     # 四川大学华西医院门诊部 (华西 is no unit of the gazetteer)
    D("2025-03-03", "2025-03-03"),                  # 浏览:2316: a counter, nothing
    # “一站式”: nothing
    D("2023年6月起", "2023-06", qualifier="from"),  # 自<strong>2023年6月</strong>起: the tags vanish in the text
    C("9个", 9, "item"),
    C("16名", 16, "person"),
    C("3,860人次", 3860, "person"),
    C("127种", 127, "kind"),
    # 中国罕见病诊疗协作网: 中国 is no unit; 成渝罕见病专科联盟: 成/渝 one-character abbreviations, nothing
    # 一、: section number; 每周二 下午 14:00-17:30: a weekday and times, nothing
    C("8个", 8, "item"),                            # 每天限8个 (号源): 限 is not on the shared list
    # 每周四 上午 8:30-12:00: weekday and times
    C("20个", 20, "item"),
    # 周一至周五: weekdays, nothing
    C("30个", 30, "item"),
    # 二、; 1.: list numbers
    T("7天", 7, "day"),                             # 就诊前7天: 前 is no qualifier; 8:00 a time
    # “华医通”APP: no place
    PH("028-85421736"),
    M("每次300元", 300, period="time"),             # MDT会诊费为每次300元: per visit
    R("四川省", SC),                                # 四川省医疗服务价格项目规范: a place before a standard (topic)
    R("成都市", CD),                                # 成都市参保人员: people of the place
    P("70%", 0.7),
    T("约2周", 2, "week", qualifier="approx"),      # 约2周内: 内 is not on the list
    # ICD-10 G71.0、E75.2: classification codes, nothing
    PH("12320"),
    E("rare-mdt@example.cn"),
    R("成都市武侯区", "510107"),                    # address: 国学巷37号 (a lane and a number), 3楼 (a floor), nothing
    U("https://www.example.cn/rare/mdt"),
]
