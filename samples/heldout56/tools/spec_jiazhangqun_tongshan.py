from gold_lib import *

XZ, TS, JS = "320300", "320312", "320000"          # 徐州市, 铜山区, 江苏省
SPEC = [
    R("铜山区", TS, in_org=True),                   # 铜山区实验小学三(2)班家长群: a school's (and a group's) name; 三(2)班 a class number
    D("2025-12-02", "2025-12-02"),                  # 导出时间; 21:40 a time
    D("2025年11月28日", "2025-11-28"),              # the chat's day separator; 10:32 etc.: times of day
    D("2026年度", "2026"),
    D("12月31日", "--12-31"),                       # 缴费截止到12月31日: 截止到 stands before the date, no qualifier
    M("每年400元", 400, period="year"),             # 每人每年400元: 每人 is no period (set 1 call 2)
    M("20元", 20),
    # 还有几个没交: 几 is no number (call 1)
    C("45个", 45, "item"),                          # 全班45个孩子
    C("三十七八个", {"min": 37, "max": 38}, "item"),  # neighbouring numerals in the tail (call 6)
    C("七八个", {"min": 7, "max": 8}, "item"),
    # 住了一个礼拜: lone 一
    M("四五千块", (4000, 5000)),
    # 报了一两千: no unit, nothing
    # 前年, 十来天 (来: call 2)
    M("一万多块", 10000, qualifier="min"),          # 一万 is a numeral, not the determiner 一 (set 43 call 12); 多 → min
    P("百分之五六十", {"min": 0.5, "max": 0.6}),
    # 一次也就: lone 一
    M("三五十块", (30, 50)),                        # 三五 is a pair (guidelines: 三五百块); 钱 is outside
    P("70%左右", 0.7, qualifier="approx"),
    # 一级医院: a hospital level
    M("三五百块", (300, 500)),                      # 起付线三五百块
    R("徐州", XZ, in_org=True),                     # 徐州医保公众号: an account's name
    PH("0516-83735820"),
    PH("12393"),
    D("2025年11月29日", "2025-11-29"),
    R("江苏", JS, in_org=True),                     # "江苏税务": an app's name
    R("徐州", XZ, in_org=True),                     # "徐州医保": an account/mini-program's name
    T("两三分钟", {"min": 2, "max": 3}, "minute"),
    T("五分钟", 5, "minute"),
    # 上百户: 上百 is a bare magnitude (call 3), and 户 is not a classifier of the list
    D("1月1日起", "--01-01", qualifier="from"),     # 次年1月1日起: 次年 is not part of the date (set 1 call 9, 翌年)
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    T("三个月", 3, "month"),                        # 三个月的等待期
    T("90天", 90, "day"),                           # 90天内: 内 is not on the shared list
    T("两个多月", 2, "month", qualifier="min"),     # 多 between the number and its unit (as 半个多月, set 43 call 8)
    R("铜山区", TS, in_org=True),                   # 铜山区政务服务中心
    # 十几分钟: 几 (call 1); 一年一百来块: lone 一, 来 (call 2)
    # 一年150元: 一年 is a lone 一 and no period
    M("150元", 150),
    M("三四百块", (300, 400)),                      # 三四百块钱: 钱 is outside
    D("2025年12月01日", "2025-12-01"),
    C("5人", 5, "person"),
    # 每个孩子交一份: lone 一; 本周五: no number
]
