from gold_lib import *

NJ, GL = "320100", "320106"                         # 南京市, 南京市鼓楼区
SPEC = [
    R("南京市鼓楼区", GL, in_org=True),             # 南京市鼓楼区康宁护理院 (a chain inside the home's name)
    D("2026年", "2026"),                            # 2026年收费标准
    R("南京市", NJ, in_org=True),                   # 南京市民政局
    R("南京市", NJ, in_org=True),                   # 南京市卫生健康委员会
    # 一、 … 五、 section numbers; 床位费(每人每月): a period with no number, nothing
    # 单人间 / 301室 / 302室: room numbers, nothing
    M("每月2800元", 2800, period="month"),
    M("每月1900元", 1900, period="month"),          # 双人间: a room type
    M("每月1500元", 1500, period="month"),          # 三人间: a room type, no count; 每人每月 → 每月… (每人 is no period)
    # 护理费(按护理等级): 一级护理 … 四级护理: nursing grades (ordinals), nothing; 三级 is no hospital here either
    M("每月1200元", 1200, period="month"),
    M("每月1800元", 1800, period="month"),
    M("每月2600元", 2600, period="month"),
    M("每月3500元", 3500, period="month"),          # 四级护理(特级)
    R("南京市", NJ, in_title=True),                 # 《南京市老年人能力评估实施细则》; 一级为: a grade, nothing
    M("每床日45元", 45, period="day"),
    P("70%", 0.7),
    M("不超过1800元", 1800, qualifier="max"),       # 月度支付不超过1800元: 月度 is no period word, and 支付 stands between
    M("每日35元", 35, period="day"),
    M("5000元", 5000),                              # 押金5000元
    T("7日", 7, "day"),                             # 退住后7日内: a duration (内 not a qualifier)
    T("90周岁", 90, "year", age=True),              # 满90周岁: 满 is not a qualifier
    P("10%", 0.1),
    C("260张", 260, "piece"),
    C("198人", 198, "person"),
    T("83岁", 83, "year", age=True),
    T("101岁", 101, "year", age=True),
    R("鼓楼区", GL),                                # 本院位于鼓楼区: 南京's (the article's city), not 徐州/福州/开封's
    R("江苏省", "320000", in_org=True),             # 江苏省人民医院; 约3公里: a distance, nothing; 绿色通道: a word, not 通道县 (湖南)
    D("2026年2月1日起", "2026-02-01", qualifier="from"),
    T("1年", 1, "year"),                            # 有效期1年: digit 1
    T("30天", 30, "day"),
    T("60周岁", 60, "year", age=True),              # 年满60周岁
    # 每周二、周四 9:00-11:00: weekdays and times, nothing
    R("南京市鼓楼区", GL),                          # 院址: an address chain; 中山北路268号: a road (中山 is part of its name, not 中山市), nothing
    # (邮编210003): a postcode
    PH("025-83451234"),
    PH("139 5188 6720"),
    DR("2026年1月5日至1月14日", "2026-01-05", "2026-01-14"),
    PH("12345"),
]
