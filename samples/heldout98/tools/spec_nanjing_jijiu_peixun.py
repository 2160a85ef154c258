from gold_lib import *

NJ, JS = "320100", "320000"                          # 南京市, 江苏省
GL, JN, PK, LH = "320106", "320115", "320111", "320116"   # 鼓楼区, 江宁区, 浦口区, 六合区
SPEC = [
    R("南京市", NJ, in_org=True),                   # 南京市红十字会应急救护培训报名须知
    # (2026年第一期): a course intake's number; the year is part of it, like a journal issue (set 73; call 8)
    D("2026-01-05", "2026-01-05"),                  # 发布时间 of the main article
    R("南京市", NJ, in_org=True),                   # 南京市红十字会
    R("南京", NJ, in_org=True),                     # 南京红十字应急救护培训中心
    R("南京市", NJ, in_org=True),
    D("2026年", "2026"),
    # 一、…六、 and 1.…3.: list numbers; 4学时, 16学时, 40学时: 学时 is no unit (earlier sets)
    T("约4小时", 4, "hour", qualifier="approx"),
    T("2天", 2, "day"),                             # 分2天完成
    T("3年", 3, "year"),                            # 证书有效期3年
    M("80元", 80),                                  # 每人80元: 每人 is no period
    T("1年", 1, "year"),                            # 满1年: 满 is not a qualifier; digit 1 is no lone 一
    M("1200元", 1200),                              # 1200元/人: a per-person step alone is no period, outside
    T("14周岁", 14, "year", age=True),              # 年满14周岁: 满 not a qualifier
    C("不超过30人", 30, "person", qualifier="max"), # 每期班额: no number
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    # 每月第二、第四个周六: ordinals; 9:00-17:00: times
    R("南京市鼓楼区", GL),                          # address chain (南京's 鼓楼区, not 福州/徐州/开封's); 中央路258号
    R("南京", NJ, in_org=True),                     # (南京红十字应急救护培训中心3楼): 3楼 a floor number
    R("江宁区", JN),
    R("浦口区", PK),
    R("六合区", LH),                                # 区红十字会: no place named
    PH("025-83521120"),                             # 周一至周五 8:30-17:30: times
    PH("139 5186 2451"),
    U("https://peixun.njrc.example.org.cn"),
    C("10人以上", 10, "person", qualifier="min"),
    E("jjpx@njrc.example.org.cn"),
    D("2025年", "2025"),
    R("南京市", NJ, in_org=True),
    C("2.6万名", 26000, "person"),
    C("18.5万人次", 185000, "person"),
    P("98%以上", 0.98, qualifier="min"),
    C("186所", 186, "institution"),
    C("42个", 42, "item"),
    # 第一时间: an ordinal
    PH("120"),
    T("15分钟", 15, "minute"),                      # 提前15分钟
    T("30分钟以上", 30, "minute", qualifier="min"),
    R("江苏省", JS, in_org=True),                   # 江苏省红十字会
    D("2026年", "2026"),
    C("50个", 50, "item"),
]
