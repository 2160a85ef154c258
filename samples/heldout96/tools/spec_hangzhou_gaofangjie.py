from gold_lib import *

HZ, SC, ZJ = "330100", "330102", "330000"            # 杭州市, 上城区, 浙江省
SPEC = [
    R("杭州市", HZ, in_org=True),                   # 杭州市中医院 (title); 第十八届: an ordinal
    # 一人一方: a set phrase with lone 一, no count
    D("2025-11-06", "2025-11-06"),                  # 发布时间 of the main article: plain date (set 1 call 8)
    R("杭州市", HZ, in_org=True),                   # 来源:杭州市中医院
    # 浏览次数:3618: a bare number
    D("11月7日", "--11-07"),                        # 11月7日(立冬)起: the bracket stands between, 起 does not touch (call 3)
    R("杭州市", HZ, in_org=True),
    D("2026年2月3日", "2026-02-03"),                # 持续至…(立春): a date; 起 … 至 are not adjacent, no range (call 3)
    C("156位", 156, "person"),
    C("48名", 48, "person"),
    # 一料膏方: lone 一 with 料 (no classifier of the list either)
    T("4-6周", (4, 6), "week"),                     # 约服用4-6周: 服用 between 约 and the number
    M("1500-3000元", (1500, 3000)),
    M("280元", 280),                                # 每料280元: 每 + a classifier (料), no period
    M("约300元", 300, qualifier="approx"),
    M("1200元起", 1200, qualifier="min"),
    P("30%", 0.3),                                  # 约占30%-40%: two % signs, two mentions; 占 between 约 and the number
    P("40%", 0.4),
    # 2.6万料: 料 is not a classifier of the list: nothing (call 1)
    P("12.5%", 0.125),
    # 每日早晚各一次, 每次一汤匙: lone 一; 约15-20克: a weight, nothing
    T("3-7天", (3, 7), "day"),
    T("18周岁以上", 18, "year", age=True, qualifier="min"),
    T("6岁以上", 6, "year", age=True, qualifier="min"),
    # 8:00-17:00: times; 体质辨识每次免费: no number
    T("约7个工作日", 7, "workday", qualifier="approx"),
    M("15元", 15),                                  # 每料加收快递费15元: 每 + classifier, and 加收快递费 between
    R("浙江省", ZJ),                                # 浙江省内包邮 (as 四川省内 in set 1)
    R("杭州市", HZ, in_org=True),                   # 杭州市中医院(上城区)
    R("上城区", SC, in_org=True),                   # a place in brackets right after an organisation's name
    R("杭州市上城区", SC),                          # address chain; 体育场路453号: road and number, nothing
    PH("0571-85827916"),
    R("杭州", HZ, in_org=True),                     # "杭州健康通"APP; 浙里办: no place
    U("www.example-hzzyy.cn/gaofang"),
]
