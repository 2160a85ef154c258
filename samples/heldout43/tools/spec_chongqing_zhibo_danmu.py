from gold_lib import *

CQ, YZ, SPB, JLP = "500000", "500103", "500106", "500107"   # 重庆市, 渝中区, 沙坪坝区, 九龙坡区
CD, SN, SC = "510100", "510900", "510000"                 # 成都市, 遂宁市, 四川省
SPEC = [
    # 医保龙门阵第12期: 第12期 an ordinal (an episode number); 龙门阵 (摆龙门阵, "a chat"; twice): 龙门 (龙门县, 惠州) is part of a word, no place
    R("重庆市", CQ, in_org=True),                   # 重庆市医保局特邀讲解员: the office's name
    D("2025年11月20日", "2025-11-20"),              # 开播时间; 20:00 a time
    # 观看人数3.2万 点赞8.6万: counters with no unit, nothing
    T("102分钟", 102, "minute"),                    # 时长102分钟
    # 十来个老朋友: 来 between the numeral and the classifier (call 5), nothing
    R("渝中区", YZ, in_org=True),                   # 渝中区王孃孃: a viewer's screen name (guidelines: @青州小刘; call 13)
    T("七十三岁", 73, "year", age=True),
    # 一个月: lone 一
    M("两三百块", (200, 300)),                      # neighbouring numerals: a range (guidelines: 三四百块)
    P("百分之八十", 0.8),
    P("百分之八十五", 0.85),
    P("百分之六十五", 0.65),
    M("两三百块", (200, 300)),                      # 两三百块钱: 钱 outside
    M("四五十块", (40, 50)),
    R("沙坪坝", SPB, in_org=True),                  # 沙坪坝小李: a screen name (call 13)
    # 好久到账 (when): no number
    D("每月25号左右", "---25", relative_to="every_month", qualifier="approx"),
    # 月底前: no number, nothing
    # 巴适得板: a screen name, no place; 一年: lone 一
    M("两百块", 200),
    # 二级及以下医院, 三级医院: hospital levels (及以下 qualifies no number)
    P("百分之七十", 0.7),
    P("百分之五十", 0.5),
    # 一个年度: lone 一; 最高支付五千块: 支付 between, 最高 does not touch
    M("五千块", 5000),
    M("一千块", 1000),                              # 多一千块 (a thousand more): 多 before the number is no qualifier
    M("六千块封顶", 6000, qualifier="max"),
    # 莫得感情的打工人: a screen name, no place
    R("成都", CD),
    R("重庆", CQ),
    # 川渝: one-character abbreviations; 两地: no classifier of the list
    R("成都", CD),
    R("重庆", CQ),
    # 第一次: an ordinal; 晓得了: a screen name (call 13)
    T("90天", 90, "day"),                           # 出生后90天内: 内 is not a qualifier
    D("2025年度", "2025"),
    M("四百块", 400),
    D("2026年度", "2026"),
    M("四百二十块", 420),
    # 老汉儿68: a screen name, the 68 is part of it: nothing
    M("两百块", 200),
    P("百分之八十", 0.8),
    M("五百块", 500),
    P("百分之六十五", 0.65),
    M("八百块", 800),
    P("百分之四十五", 0.45),
    # 一年最高报到十五万块: 一年 lone 一, 报到 between 最高 and the amount
    M("十五万块", 150000),                          # 万 with the unit 块: money
    M("三十万元", 300000),                          # 最高再报三十万元: 再报 between
    R("四川遂宁", SN, in_org=True),                 # 四川遂宁的冬冬: a screen name with a chain
    R("遂宁", SN),
    R("四川省", SC),                                # 四川省内 (set 32: 湖北省内); 大同小异: 大同 (大同市) is part of an idiom, no place
    # “渝快办”: 渝 one-character abbreviation
    T("三五天", (3, 5), "day"),                     # call 7
    R("九龙坡", JLP, in_org=True),                  # 九龙坡张嬢: a screen name (call 13)
    # 西南医院: 西南 is no place
    T("半个多月", 0.5, "month", qualifier="min"),   # 多 between the number (半, as in 半个月) and the unit → min (call 8)
    M("四万五千块", 45000),
    M("三万一千多块", 31000, qualifier="min"),
    P("七成", 0.7),                                 # 接近七成: 接近 is not on the shared list
    P("百分之五十五左右", 0.55, qualifier="approx"),
    R("沙坪坝", SPB, in_org=True),                  # 沙坪坝小李 again
    D("2026年度", "2026"),
    DR("2025年9月1日到2026年2月28日", "2025-09-01", "2026-02-28"),
    # 最后一天: lone 一
    R("重庆", CQ),                                  # 重庆医保热线: a place before a service
    PH("023-67891234"),
    PH("12345"),
    U("www.example.cn/cqyb/live12"),               # the 12 in the URL is nothing
    E("ybxkt-cq@example.cn"),
]
