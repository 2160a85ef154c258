from gold_lib import *

HZ, ZJ = "330100", "330000"                          # 杭州市, 浙江省
SC, GS, XH, XS, YH = "330102", "330105", "330106", "330109", "330110"   # 上城区, 拱墅区, 西湖区, 萧山区, 余杭区
SPEC = [
    R("杭州市", HZ, in_org=True),                   # title: 杭州市急救中心关于…
    D("2025-10-20", "2025-10-20"),                  # 发布日期 of the main article: a plain date (set 1 call 8)
    R("杭州市", HZ, in_org=True),                   # 来源:杭州市急救中心; 浏览次数:3516 a bare counter
    R("浙江省", ZJ, in_org=True),                   # 浙江省发展和改革委员会
    R("浙江省", ZJ, in_org=True),                   # 浙江省医疗保障局
    # 浙发改价格〔2024〕112号: a document number, nothing
    R("杭州市", HZ),                                # 杭州市区: a place before a topic (市区 = the urban area), plain
    PH("120"),                                      # 120院前急救服务: 120 names the hotline (call 1)
    D("2025年11月1日起", "2025-11-01", qualifier="from"),
    # 一、二、三、 and 1.…5.: list numbers
    # 起步价(3公里以内): 公里 is a distance, no unit of any type (call 2)
    M("10元", 10),
    # 超过3公里后: a distance
    M("4元", 4),                                    # 每公里4元: 每 + a unit of distance is no period (call 3)
    M("4元", 4),                                    # 4元/公里: /公里 outside the span, no period
    M("20元", 20),                                  # 起步价20元: 起步 is a list word *after* a number only
    # 超过3公里部分: a distance
    M("6元", 6),                                    # 6元/公里
    M("50元起步", 50, qualifier="min"),             # 起步 after the amount (shared list) → min
    T("超过30分钟", 30, "minute", qualifier="min"),
    M("20元", 20),                                  # 每小时20元: 每小时 is not a period word (call 3)
    T("1小时", 1, "hour"),                          # 不足1小时: 不足 is not on the list; digit 1 is no lone 一
    T("1小时", 1, "hour"),                          # 按1小时计
    M("不超过120元", 120, qualifier="max"),         # 全天不超过120元: 120 as an amount, not the hotline
    M("每次30元", 30, period="time"),
    M("每次25元", 25, period="time"),
    M("每次18元", 18, period="time"),
    M("5元", 5),                                    # 5元/小时: /小时 is no period (earlier sets)
    M("每次120元", 120, period="time"),
    T("超过30分钟", 30, "minute", qualifier="min"),
    P("50%", 0.5),
    M("2元", 2),                                    # 每层楼2元: 每 + a classifier (层) is no period
    M("20元", 20),                                  # 最多收取20元: 收取 stands between 最多 and the amount
    # 22:00至次日6:00: times of day; 2辆以上 / 1辆车: 辆 is no classifier (earlier sets), nothing
    P("15%左右", 0.15, qualifier="approx"),         # 约占总费用的15%左右: 约 does not touch
    PH("120"),                                      # 通过120统一受理: the hotline
    # 车牌号浙A·1K208、浙A·3X120: vehicle plates (the 120 inside is no phone); 浙 is a one-character abbreviation
    D("2025年", "2025"),
    R("上城区", SC),
    R("拱墅区", GS),
    R("西湖区", XH),                                # 杭州's (not 南昌's): the page is 杭州's
    # 等城区: 城区 (urban districts) is a word here, not the 城区 of 大同/阳泉 etc.
    R("萧山区", XS),
    R("余杭区", YH),
    PH("0571-87065120"),
    PH("12345"),
    R("杭州市拱墅区", GS),                          # address chain; 湖墅南路208号: road and house number; 邮编310005
    # 执业许可证登记号 PDY00120-330105-A1201: a licence number, nothing (its 330105 is no region code to read)
    E("jjzx_jiage@hz120.example.cn"),               # the 120 inside the address is not a phone
    U("https://www.hz120.example.cn/fee"),
]
