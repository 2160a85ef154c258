from gold_lib import *

ZJ = "440800"                                       # 湛江市
SPEC = [
    # 林姐保险规划🌊: the agent's screen name, no place
    T("12年", 12, "year"),                          # 专注家庭保障12年
    R("湛江", ZJ),                                  # 湛江本地人: a place of origin, plain (set 31 call 6)
    # 📌置顶 post; 湛惠保2026: no 年
    M("59元", 59),                                  # 59元保一整年: 保 between the amount and 一整年 (lone 一 anyway): no period
    M("最高300万元", 3000000, qualifier="max"),
    T("0-100周岁", (0, 100), "year", age=True),
    DR("11月3日-11月30日", "--11-03", "--11-30"),   # 活动期11月3日-11月30日: yearless (set 1 call 9)
    M("98元", 98),                                  # 价值98元体检卡一张: 一张 lone 一
    D("11月3日", "--11-03"),                        # post time 11月3日 09:15: the time is nothing
    C("36人", 36, "person"),                        # ❤️ 阿梅, 陈生, Jenny 等36人 (likes)
    # 跑完一单理赔: lone 一, 单 no classifier
    R("麻章区", "440811"),                          # 麻章区的黄伯: plain; 二十多万: 多 between and no 元, nothing
    M("4.6万元", 46000),
    # 惠民 in 惠民保: part of a word (set 13 call 2); 湛惠保2025: a product name without 年, nothing
    M("2.31亿元", 231000000),
    T("2小时", 2, "hour"),                          # post time 2小时前: 前 is a date word, not on the shared list (like 30日后 → 30日)
    R("湛江", ZJ),                                  # location tag · 湛江: plain (set 2 call 5)
    T("15天", 15, "day"),                           # ⏰倒计时!湛惠保2026投保还剩最后15天 (2026: no 年)
    D("1月31日截止", "--01-31", qualifier="until"),
    # 一家三口: 口 is no classifier (set 5 call 13)
    M("177元", 177),
    # 昨天 21:08: a relative day and a time, nothing
    C("3个", 3, "item"),                            # 常被问到的3个问题
    # ①②③ → 1 2 3 after NFKC: list markers (set 5 call 1); the draft ①70岁 (→ 170岁) was rewritten as ①家里70岁
    T("70岁", 70, "year", age=True),
    T("0-100周岁", (0, 100), "year", age=True),
    P("30%", 0.3),
    P("35%", 0.35),
    D("11月20日", "--11-20"),                       # post time; 20:46 nothing
    R("遂溪县", "440823"),                          # 遂溪县的李阿姨: plain
    T("68岁", 68, "year", age=True),                # 今年68岁: 今年 outside
    D("2025年3月", "2025-03"),
    # 一个月要一万多: lone 一; 一万多: 多 and no unit, nothing
    P("75%", 0.75),
    # 一年下来: lone 一
    M("9万元", 90000),                              # 差不多9万元: 差不多 is not on the shared list; a draft had 将近9万元 (近 inside
                                                    # 将近, set 26 call 6) and was rewritten
    D("11月12日", "--11-12"),                       # post time 11月12日 10:30
    R("遂溪县", "440823"),                          # location tag · 遂溪县
    # 今晚8点: a time of day
    R("湛江市", ZJ, in_org=True),                   # 湛江市医疗保障局的领导
    U("https://live.example.com/zhb2026"),
    D("12月18日", "--12-18"),                       # post time 12月18日 12:05
    C("58人", 58, "person"),                        # 等58人 (likes)
    PH("139 2756 0418"),                            # a mobile in groups (set 1 call 16)
    R("湛江市赤坎区", "440802"),                    # address chain; 中山一路23号: a road (中山 part of a longer name, not 中山市), a house number
    # 周一至周六: days of the week, no number of the guidelines
    D("11月5日", "--11-05"),                        # post time 11月5日 16:22
]
