from gold_lib import *

CD = "510100"                                       # 成都市
H12356 = m("phone", "12356", "12356", kind="service")   # not in gold_lib's SERVICE list (README, Gold)
SPEC = [
    # title: no numbers; 【医保问答】
    R("成都", CD, in_org=True),                     # 来源:成都医保 (an account's name); 周晓 a person
    D("2025-04-22", "2025-04-22"),
    R("成都", CD, in_org=True),                     # “成都医保”微信公众号
    C("6个", 6, "item"),
    # 问1 … 问6: question numbers with no unit
    C("12项", 12, "item"),                          # 我市: no place; 二级及以上 a hospital level
    P("60%", 0.6),
    P("70%", 0.7),
    # SCL-90: a scale's name; 总分160分: a score, no unit of any type
    C("43项", 43, "item"),                          # 阳性项目数43项: a count of the scale's items (call 2)
    # 一次心理治疗: lone 一
    T("不少于45分钟", 45, "minute", qualifier="min"),
    M("每次150元", 150, period="time"),             # 三级医院: a level
    M("每次120元", 120, period="time"),             # 二级医院: a level
    M("每次40元", 40, period="time"),               # 每人每次40元: 每人 is no period (set 1 call 2)
    C("1至2次", {"min": 1, "max": 2}, "time"),      # 每周1至2次: a count range with one classifier
    C("8~12次", {"min": 8, "max": 12}, "time"),     # 一个疗程: lone 一
    M("45元/床日", 45, period="day"),               # bed-day prices: period day, span takes /床日
    M("每床日60元", 60, period="day"),
    M("20元/日", 20, period="day"),
    D("2024年", "2024"),
    T("38.6天", 38.6, "day"),
    M("约1.26万元", 12600, qualifier="approx"),
    T("60天以内", 60, "day", qualifier="max"),
    M("每床日260元", 260, period="day"),
    T("超过60天", 60, "day", qualifier="min"),
    M("每床日220元", 220, period="day"),
    P("10%", 0.1),
    T("超过180天", 180, "day", qualifier="min"),
    R("四川省", "510000", in_org=True),             # 四川省精神卫生中心
    R("绵阳市", "510700", in_org=True),             # (绵阳市) in brackets right after the name (sets 46, 71, 72)
    R("重庆市", "500000", in_org=True),             # 重庆市精神卫生中心
    R("成都", CD),                                  # 成都参保地政策: a topic
    T("1~3个工作日", (1, 3), "workday"),
    R("成都市", CD),                                # 成都市心理援助热线: a place before a service, plain
    PH("028-87571936"),
    H12356,                                         # 全国: no place
    PH("12345"),
    PH("12393"),
    # 高新区, 天府新区: functional zones, not GB/T 2260 units: nothing
    R("成都市", CD, in_org=True),                   # 成都市第四人民医院 (第四: an ordinal)
    R("成都市", CD, in_org=True),                   # (成都市精神卫生中心)
    # 周一至周日, 8:00-17:30: weekdays and times
    U("www.cdyb.example.com/wenda"),
    # 阅读 2.1万, 点赞 356: counters with no unit
]
