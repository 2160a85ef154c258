from gold_lib import *

WH, JH = "340200", "340202"                         # 芜湖市, 镜湖区
SPEC = [
    R("镜湖区", JH),                                # 镜湖区2025年家庭医生签约服务工作公告: a place before a topic, plain
    D("2025年", "2025"),
    R("芜湖市镜湖区", JH, in_org=True),             # 芜湖市镜湖区卫生健康委员会
    D("2025年3月5日", "2025-03-05"),
    D("2025年度", "2025"),
    # 一、…六、: list numbers; 全区: no place
    C("10家", 10, "institution"),
    C("58个", 58, "item"),
    # 每个团队: 每个 has no number
    C("1名", 1, "person"),
    C("1至2名", {"min": 1, "max": 2}, "person"),                  # one classifier for the range (as 1.5万至10万元 with one unit)
    C("1名", 1, "person"),
    R("镜湖区", JH, in_org=True),                   # 镜湖区范罗山街道社区卫生服务中心; 罗山 in 范罗山 is part of a longer name
    R("镜湖区", JH, in_org=True),                   # 镜湖区弋江桥街道社区卫生服务中心; 弋江 in 弋江桥 is part of a street's name, not 弋江区
    C("8个", 8, "item"),
    T("65岁及以上", 65, "year", age=True, qualifier="min"),
    # “两病”: no count
    T("0-6岁", (0, 6), "year", age=True),
    M("每年120元", 120, period="year"),             # 每人每年120元 (set 1 call 2)
    M("70元", 70),
    M("40元", 40),
    M("10元", 10),
    M("每年60元", 60, period="year"),
    DR("2025年3月1日至12月31日", "2025-03-01", "2025-12-31"),
    T("1年", 1, "year"),                            # 签约周期1年: digit 1
    C("1次", 1, "time"),                            # 每季度至少随访1次: 至少 does not touch (随访 between)
    D("2025年底", "2025", qualifier="approx"),
    P("45%以上", 0.45, qualifier="min"),
    P("80%", 0.8),
    P("不低于65%", 0.65, qualifier="min"),
    PH("0553-3822461"),
    PH("0553-3822475"),
    # “皖事通”APP: 皖 is one character
    R("芜湖", WH, in_org=True),                     # “芜湖健康”微信公众号: an account's name
    # 每日22:00: a time of day
    D("2026年2月28日前", "2026-02-28", qualifier="until"),
    U("https://www.example.gov.cn/jhq/jtys"),
    R("芜湖市镜湖区", JH, in_org=True),             # signature
    D("2025年3月5日", "2025-03-05"),
]
