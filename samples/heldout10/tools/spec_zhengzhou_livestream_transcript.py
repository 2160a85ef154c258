from gold_lib import *

ZZ, HN = "410100", "410000"                         # 郑州市, 河南省
SPEC = [
    R("郑州", ZZ, in_org=True),                      # “郑州医保”视频号: an account (set 1 call 7)
    # (第12期): an ordinal
    D("2025年3月14日", "2025-03-14"),               # 直播时间: 19:30-20:30 are times of day
    R("郑州市", ZZ, in_org=True),                    # 郑州市医疗保障局待遇保障处
    # 今天晚上七点半到八点半: times of day in words, nothing
    R("郑州市", ZZ, in_org=True),
    # 第一个问题: an ordinal. Screen names (夕阳红老张, 小马哥, 老赵在路上) were chosen without places
    # (set 7 call 6 rewrote 鹤城老李 for the same reason).
    # 一个月三百来块 (×2): 一个月 is a lone 一; in 三百来块 来 stands between the numeral and the unit, like 多
    # in 五千多块钱 (set 4 call 4): no money
    # 一级和社区医疗机构: a level
    P("百分之八九十", {"min": 0.8, "max": 0.9}),    # two neighbouring numerals, one 百分之 (set 4 call 5)
    P("5个百分点", 0.05, points=True),
    # 几十块钱: no number (set 4 call 4)
    # 一年最多报一千五: 一年 a lone 一; 一千五 has no unit, no money (最多 touches nothing)
    P("五成", 0.5),
    # 二级医院: a level
    P("四成", 0.4),
    # 两万三 (no unit): nothing; 三级医院: a level
    M("1200元", 1200),
    P("两成", 0.2),                                 # 两成到三成: every 成 its own mention (like 70%至95%); 大概 is not on the list
    P("三成", 0.3),
    M("两万三千块", 23000),
    M("五千块左右", 5000, qualifier="approx"),
    # 好多家人在问: 多家 is no count (the guidelines' 多家)
    # 每个月集中评审一次: 每个月 has no number; 一次 a lone 一
    D("下个月15号前", "---15", relative_to="next_month", qualifier="until"),   # 下个月 = 下月 (like 每个月 = 每月)
    D("下个月1号起", "---01", relative_to="next_month", qualifier="from"),
    C("两种", 2, "kind"),                           # 这两种病
    P("百分之七十", 0.7),
    M("3000元", 3000),                              # 年度限额是3000元
    M("两三百块", (200, 300)),                      # 每个月大概划进来两三百块: a range (set 4 call 5); 每个月 does not touch
    M("120元", 120),                                # 每月定额划入120元: 定额划入 between (set 2 call 6)
    # 去年: no date
    C("38.6万人次", 386000, "person"),
    M("1.9亿元", 190000000),                        # 差不多 is not on the shared list
    T("十分钟", 10, "minute"),                      # 还有最后十分钟 (最后 is not on the list)
    # 提前多久: no number
    R("河南", HN, in_org=True),                      # “河南医保”APP
    # 点几下, 最快当天: no number
    T("6个月", 6, "month"),
    T("半年以上", 0.5, "year", qualifier="min"),    # 在外地居住半年以上的                         # 备案有效期6个月
    T("3个月", 3, "month"),                         # 备案后3个月内: 内 outside
    PH("0371 6718 2393"),                           # read out in groups: the inner spaces are part of the number (set 1 call 16)
    PH("0371-67182393"),
    PH("12393"),
    # 下个月同一时间: 下个月 without a day, no date
    C("2.6万人次", 26000, "person"),
    # 点赞8.4万: no unit
]
