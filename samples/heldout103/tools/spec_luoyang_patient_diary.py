from gold_lib import *

LY, JX = "410300", "410305"                         # 洛阳市, 涧西区
SPEC = [
    R("洛阳", LY),                                  # 我在洛阳办…: plain
    # “两病”: no count
    R("涧西", JX, in_org=True),                     # 作者:涧西老刘: a screen name (like @青州小刘)
    D("2025-06-20", "2025-06-20"),                  # 21:37: a time
    T("58岁", 58, "year", age=True),
    D("2019年", "2019"),
    # 2型糖尿病: a type, nothing; 前年: no number; “两病”: no count
    M("三四百块", (300, 400)),                      # 每个月光药费就得花三四百块: 光药费就得花 between, no period
    D("1月份", "--01"),
    # 两病门诊保障: no count
    D("1月8日", "--01-08"),
    R("涧西区", JX, in_org=True),                   # 涧西区湖北路街道社区卫生服务中心: the clinic's name; 湖北 in 湖北路 is part of a road's name, no place
    T("半小时", 0.5, "hour"),                       # 不到半小时: 不到 is not on the list
    D("1月15日", "--01-15"),
    # 第一次: ordinal; (0.5g×30片): a pack specification, nothing (set 8 call 1)
    M("18.5元", 18.5),                              # 原价18.5元一盒: 一盒 is a lone 一
    M("4.2元", 4.2),                                # 4.2元/盒: the amount only (set 8 call 1)
    M("12.8元", 12.8),                              # 每盒12.8元: 每 + a classifier is no period
    C("两次", 2, "time"),                           # 一天两次: 一天 lone 一; dosage counts (set 29 call 5)
    C("2片", 2, "piece"),                           # 每次2片
    # 一天一次: lone 一 twice, nothing
    C("1粒", 1, "piece"),                           # 每次1粒
    # 一共: no number
    C("6盒", 6, "piece"),
    M("57.6元", 57.6),
    # 一半: no unit, nothing
    M("28.8元", 28.8),
    D("3月", "--03"),
    # 6.8mmol/L, 132/84mmHg: readings, nothing
    # 一次拿够: lone 一
    T("8周", 8, "week"),
    T("两周", 2, "week"),                           # 每两周跑一趟: 一趟 lone 一
    DR("4月~5月", "--04", "--05"),
    T("两个月", 2, "month"),
    M("60元", 60),                                  # 不到60元: 不到 is not on the list
    R("洛阳", LY),
    M("500元", 500),                                # 年度限额是500元: 年度 is no period word
    M("360元", 360),
    # 两样: 样 is no classifier; 一年最多能报860元: 最多 does not touch, 一年 is a lone 一
    M("860元", 860),
    D("6月", "--06"),
    # 一笔账: lone 一
    T("半年", 0.5, "year"),
    M("1000多元", 1000, qualifier="min"),
    M("260块左右", 260, qualifier="approx"),        # 大概 is not on the list
    P("七成", 0.7),
    # 1. 2. 3.: list numbers
    C("四个", 4, "item"),                           # “医保定点”四个字; 保定 inside 医保定点 is no place (两 words)
    PH("12345"),
    PH("0379-63227815"),
    R("洛阳市", LY, in_org=True),                   # 洛阳市医疗保障局
    # 网友评论(3): a counter
    R("涧西", JX, in_org=True),                     # 涧西小王: a screen name
    # 去年一年: no number, lone 一
    M("700多块", 700, qualifier="min"),
    R("洛龙区", "410311", in_org=True),             # 洛龙区张姐: a screen name
    R("洛阳", LY),
]
