from gold_lib import *

ZJ = "440800"                                       # 湛江市
SPEC = [
    # title 【湛惠保2026开年直播·文字实录】: 2026 without 年, nothing
    D("2025年12月18日", "2025-12-18"),              # 直播时间: 20:00-21:30 are times of day
    R("湛江", ZJ, in_org=True),                     # “南粤人寿湛江”视频号: an account
    R("湛江", ZJ, in_org=True),                     # 南粤人寿湛江中心支公司
    R("湛江市", ZJ, in_org=True),                   # 湛江市医疗保障局待遇保障科
    # 哈喽, 宝宝们: nothing
    M("五十九块", 59),                              # 多少钱?五十九块!
    M("五十九块", 59),                              # 五十九块钱保一整年: 钱 outside (guidelines: 5块钱); 一整年, 一杯: lone 一
    T("零到一百周岁", (0, 100), "year", age=True),  # 投保年龄零到一百周岁: a range in Chinese numerals, one unit (like 1到3个月)
    T("九十多岁", 90, "year", age=True, qualifier="min"),  # maintainer (session 12): 多/余 between a number and its unit is "more than" (guidelines); the annotator had nothing (set 4 call 4, corrected too)
    M("两万块", 20000),                             # 免赔额是多少?两万块!
    # 一年里: lone 一
    M("超过两万块", 20000, qualifier="min"),
    P("百分之八十", 0.8),
    P("百分之三十", 0.3),
    # “阿强不加班”: a screen name without a place
    R("广州", "440100"),                            # 我在广州上班
    R("湛江", ZJ),                                  # 医保在湛江交的: plain
    R("湛江市", ZJ),                                # 湛江市基本医保的参保人: a programme, plain
    T("三十天", 30, "day"),                         # 等待期是三十天
    R("遂溪县", "440823"),                          # 一位阿姨: lone 一
    # 三十二万, 十二万, 两万免赔, 十万: 万 without 元, no money (guidelines: a number with 万 but no 元)
    P("百分之八十", 0.8),
    M("八万块", 80000),                             # 赔了八万块
    M("五十九块", 59),                              # 五十九块换八万块
    M("八万块", 80000),
    M("两亿三千一百万元", 231000000),              # 一共赔了两亿三千一百万元
    C("四万八千人次", 48000, "person"),
    C("三十个", 30, "item"),                        # 每三十个就有一个: 三十 + 个 touch (每 + a count is a plain count, set 28 call 4);
                                                    # 一个: lone 一
    C("一万两千人", 12000, "person"),               # 一万两千: a numeral, not the lone determiner 一
    # 倒计时 十、九、八、七、六、五、四、三、二、一: numerals with no unit, nothing
    C("二十名", 20, "person"),
    M("三百九十八元", 398),                         # 价值三百九十八元
    # 明年 outside the date (set 6 call 2)
    D("一月三十一号", "--01-31"),                   # 号 for 日 (guidelines: 当月25号)
    D("一月一号之前", "--01-01", qualifier="until"),
    D("一月一号开始", "--01-01", qualifier="from"),
    C("一百二十种", 120, "kind"),                   # 特药清单一百二十种
    # 不设免赔额: no amount
    P("百分之七十五", 0.75),
    # 一个账户: lone 一
    C("五个", 5, "item"),                           # 最多给五个人买: 最多 does not touch (给 between); 五个 + noun 人 (set 1 call 13: 16个市)
    T("五分钟", 5, "minute"),                       # 链接还有五分钟就下架了
    T("五分钟", 5, "minute"),                       # 还剩最后五分钟
    M("五十九块", 59),                              # 最后再说一遍:五十九块
    T("零到一百周岁", (0, 100), "year", age=True),
    # 两万免赔额: 两万 without 元, nothing
    M("最高三百万元", 3000000, qualifier="max"),
    PH("400-606-0759"),
    PH("12393"),
    C("8.6万人次", 86000, "person"),
    # 1.37万单: 单 is no classifier of the guidelines (orders): nothing
    C("3200人", 3200, "person"),                    # 新增关注3200人
]
