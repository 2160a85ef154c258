from gold_lib import *

WH, HB = "420100", "420000"                          # 武汉市, 湖北省
SPEC = [
    R("武汉市", WH, in_org=True),                    # 武汉市人力资源和社会保障局 (资源 ×3 in 人力资源: a word, not 资源县)
    R("武汉市", WH, in_org=True),                    # 武汉市总工会 (a trade union: an organisation)
    D("2025年", "2025"),                             # 关于做好2025年夏季高温津贴…: no 《》, so no in_title
    # 武人社发〔2025〕21号: a document number, nothing
    R("湖北省", HB, in_title=True),                  # 《湖北省防暑降温措施管理办法》
    D("2025年", "2025"),
    # 33°C以下 (NFKC of 33℃): a temperature, no unit of any type (set 15 call 8)
    DR("每年6月至9月", "--06", "--09", recurring="yearly"),   # a yearly window of months; 每年 in the span
    T("4个月", 4, "month"),                          # 共4个月: 共 is not a qualifier
    M("每月300元", 300, period="month"),              # 每人每月300元: 每人 is no period (set 1 call 2)
    D("2024年", "2024"),
    P("20%", 0.2),
    M("不低于2元", 2, qualifier="min"),               # 每小时不低于2元: 每小时 is no period word; 不低于 touches
    # 40°C以上, 37°C以上, 40°C以下: temperatures, nothing (qualifiers touch no unit of any type)
    T("不超过6小时", 6, "hour", qualifier="max"),
    # 12时至15时: times of day, not a daterange and not a duration
    # 35°C以上, 37°C以下: temperatures
    T("不超过2小时", 2, "hour", qualifier="max"),
    # 橙色预警, 红色预警: no number; 三级、二级: response levels (ordinals), nothing
    D("2024年", "2024"),
    C("15例", 15, "case"),
    M("约38.6万元", 386000, qualifier="approx"),
    DR("7月1日至8月31日", "--07-01", "--08-31"),       # yearless, no 每年: no recurring (set 1 call 9)
    C("13个", 13, "item"),
    R("江岸区", "420102"),
    R("洪山区", "420111"),
    R("黄陂区", "420116"),
    C("1次", 1, "time"),                             # 周至 in 每周至少: part of other words, no place (周至县)                             # 每周至少检查1次: 检查 stands between 至少 and 1次; 每周 is no period for a count
    C("1260个", 1260, "item"),
    # 延长开放至22时: 延长 is a verb (not 延长县); 22时 a time of day
    PH("12333"),
    R("武汉市", WH, in_org=True),                    # 武汉市总工会职工服务热线
    PH("027-85781234"),
    E("gaowen@whzgh.example.cn"),
    U("www.whrsj.example.gov.cn/gwjt2025"),          # 2025 inside a URL: nothing
    R("武汉市", WH, in_org=True),
    R("武汉市", WH, in_org=True),
    D("2025年5月28日", "2025-05-28"),
]
