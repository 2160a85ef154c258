from gold_lib import *

GD, SZ, GZ, FS, DG = "440000", "440300", "440100", "440600", "441900"   # 广东省, 深圳市, 广州市, 佛山市, 东莞市
SPEC = [
    R("广东省", GD),
    R("深圳市", SZ),                                # (深圳市除外): plain
    # 条款编号:GZ-2026-03: a code, no date; 一、二、三、 and 1. … 7.: section and list numbers
    T("28天", 28, "day"),                           # 出生满28天至70周岁: two mentions (call 3)
    T("70周岁", 70, "year", age=True),
    T("61周岁及以上", 61, "year", age=True, qualifier="min"),
    T("1年", 1, "year"),                            # 过去1年内: 内 is not a qualifier
    T("1年", 1, "year"),                            # 保险期间1年
    T("30天", 30, "day"),
    M("1万元", 10000),
    T("12个月", 12, "month"),
    C("1份", 1, "piece"),
    T("15天", 15, "day"),                           # 犹豫期15天
    P("80%", 0.8),
    T("2个月", 2, "month"),
    DR("2026年4月1日至2026年6月30日", "2026-04-01", "2026-06-30"),
    P("九折", 0.9),
    T("2年", 2, "year"),                            # 过去2年内
    T("近半年", 0.5, "year", qualifier="approx"),   # 近 is on the shared list (call 6)
    T("1年", 1, "year"),
    # 160/100mmHg, 7.0mmol/L, 2倍: measurements and a multiple, no entity types
    T("近半年", 0.5, "year", qualifier="approx"),
    T("2周以上", 2, "week", qualifier="min"),
    # 超过5公斤: a weight, no entity type
    T("5年", 5, "year"),
    C("23种", 23, "kind"),                          # 共23种
    T("28天", 28, "day"),                           # 出生满28天至2周岁 (call 3)
    T("2周岁", 2, "year", age=True),
    T("37周", 37, "week"),                          # 孕周不足37周: 不足 is not on the list
    # 2500克: a weight
    T("3年", 3, "year"),
    M("超过5万元", 50000, qualifier="min"),
    R("广东省", GD),                                # 广东省内: 省内 is not part of the name; plain
    R("深圳", SZ),
    R("广州", GZ),
    R("佛山", FS),
    R("东莞", DG),
    PH("020-38826688"),
    R("广州", GZ, in_org=True),                     # 广州营业部: a branch office's name
    PH("400-606-5588"),
    T("30日", 30, "day"),                           # 之日起30日内: a duration
    D("2026年4月1日起", "2026-04-01", qualifier="from"),
    D("2026年3月28日", "2026-03-28"),
]
