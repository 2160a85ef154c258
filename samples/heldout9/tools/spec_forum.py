from gold_lib import *

JA, YF, SZ, BA, GL, GX = "360800", "360825", "440300", "440306", "450300", "450000"
# 吉安市, 永丰县, 深圳市, 宝安区, 桂林市, 广西
GA, WH, HB = "421022", "420100", "420000"           # 公安县, 武汉市, 湖北省
DOCS = {
    "heldout9-forum-1": [
        # 报了一半都不到: 一半 is not one of the guidelines' percent forms (七成, 百分之七十, 三分之二, 五折): nothing
        # 楼主:小蔡爱吃粉 (a screen name; a draft 永丰小蔡 held a place and was rewritten, as sets 7 and 10 did)
        D("2024-10-16", "2024-10-16"),              # 发表于 2024-10-16 22:41: the time is nothing
        R("江西吉安永丰县", YF),                     # 我是江西吉安永丰县的: one chain at the county
        # 上个月: a relative month with no day, no date (set 10 call 6)
        R("吉安市", JA, in_org=True),               # 吉安市中心人民医院
        T("12天", 12, "day"),                       # 住了12天院
        # 花了两万多: no unit (set 4 call 4); 报了九千来块: 来 between numeral and unit (set 10 call 7);
        # 一万出头: no unit, 出头 no qualifier — none is money
        P("70%", 0.7),                              # 他报了70%
        # 几个问题: no number; 1. 2. 3. 4.: list numbers; 市里, 三级医院 (a grade): nothing
        M("800元", 800),
        P("50%", 0.5),                              # 市外只有50%
        # 前天: a relative day, no date; 县医保局: no place
        PH("0796-2521138"),
        # 今年, 明年: no dates
        M("380块", 380),
        M("400块", 400),
        # 2楼 回复, 3楼 回复: reply numbers in a thread (楼 is no classifier)
        PH("12393"),
        M("800元", 800),
        P("65%", 0.65),
        P("90%", 0.9),
    ],
    "heldout9-forum-2": [
        R("深圳", SZ),                              # 在深圳打工三年
        T("三年", 3, "year"),                       # 三 is a numeral, not the lone determiner 一
        R("广西桂林", GL),                           # 我是广西桂林人: a chain; 人 after it no org
        R("深圳宝安区", BA),
        T("三年", 3, "year"),                       # 上班快三年了: 快 is not on the shared list
        # 上个月: no date; 整理了一下: lone 一
        # ①②③ → 1 2 3 after NFKC: list markers (set 5 call 1). "3个人账户" reads like 3个 + 人账户 but is
        # marker 3 + 个人账户: no count.
        # “国家医保服务平台”APP: no place
        T("3个工作日", 3, "workday"),               # 大概3个工作日: 大概 is not on the shared list
        R("桂林市", GL, in_org=True),               # 转入地桂林市医保中心
        T("15天左右", 15, "day", qualifier="approx"),
        # 转了三千来块: 来 between (set 10 call 7)
        T("超过3个月", 3, "month", qualifier="min"),
        T("6个月", 6, "month"),
        # 去年: no date; 花了五千多: 多 and no unit (set 4 call 4)
        R("深圳", SZ),                              # 深圳一档和二档: a place before a programme's tiers, no org;
        # 一档, 二档: tier labels (档 is no classifier)
        P("6.2%", 0.062),
        P("0.5%", 0.005),
        # 评论 238 收藏 1.1万: counters without a unit
    ],
    "heldout9-forum-3": [
        # 回复 #17 老农民工 的帖子: a floor number and a screen name; 去年: no date
        R("荆州公安县", GA),                         # 我是荆州公安县的: chain (city + county), 公安县 421022
        R("武汉", WH, in_org=True),                 # 武汉同济医院 (a hospital's name); 同济: no place
        T("半个月", 0.5, "month"),                  # 前后住了半个月 (set 4 call 6)
        # 总费用六万三左右: no unit (set 10 call 7), so no money and no qualifier
        P("40%", 0.4),
        P("60%", 0.6),
        # (1) (2) (3): list numbers; 当天: no date
        R("湖北", HB, in_org=True),                 # “湖北医保服务平台” (a platform, set 5 call 9)
        T("1年", 1, "year"),                        # 备案有效期是1年
        M("1600元", 1600),
        R("公安县", GA, in_org=True),               # 公安县医保局
        PH("0716-5222369"),
        # 周一到周五: weekdays
        D("2024-3-8", "2024-03-08"),                # 发表于 2024-3-8 09:15: month and day without zero padding; the time is nothing
    ],
}
