from gold_lib import *

XM, SM = "350200", "350203"                         # 厦门市, 思明区
SPEC = [
    R("厦门", XM),                                  # title: 厦门: a dateline place, plain
    M("2400元", 2400),                              # 每年可在税前扣除2400元: 每年 does not touch
    R("厦门", XM, in_org=True),                     # 厦门日报
    D("2026-01-15", "2026-01-15"),                  # 09:32 a time; 郑税宣: a pen name, 郑 one character
    R("厦门市", XM, in_org=True),                   # 国家税务总局厦门市税务局
    D("2025年", "2025"),
    C("3.8万人", 38000, "person"),
    # 商业健康保险 (twice): 康保 inside 健康保险 is not 康保县, nothing
    M("约8,600万元", 86000000, qualifier="approx"),
    P("12.6%", 0.126),
    # 当年(月): no numbers
    M("2400元/年", 2400, period="year"),            # 扣除限额为…: 限额 is not on the list
    M("200元/月", 200, period="month"),
    M("每年2400元", 2400, period="year"),           # 每人每年2400元: 每人 is no period (set 1 call 2)
    M("260元", 260),                                # 月保费为260元: 月保费 is no period word
    M("200元", 200),                                # 每月只能扣除200元: 只能扣除 stands between
    M("150元", 150),
    M("150元", 150),
    R("厦门市思明区", SM, in_org=True),             # 厦门市思明区税务局
    # 46款: 款 is no classifier, nothing; 本市: nothing
    C("11家", 11, "institution"),
    T("0至65周岁", (0, 65), "year", age=True),      # an age range with one unit
    T("不超过90天", 90, "day", qualifier="max"),
    T("35岁", 35, "year", age=True),
    M("15000元", 15000),                            # 月薪15000元: 月薪 is no period (as 月缴费基数, set 24)
    P("10%", 0.1),
    M("200元", 200),                                # 每月扣除200元: 扣除 between
    # 一年可少缴: lone 一
    M("240元", 240),
    D("2017年7月1日起", "2017-07-01", qualifier="from"),
    # 全国: nothing
    M("每年2400元", 2400, period="year"),          # 一直为每年2400元: 每年 touches
    R("厦门市", XM),                                # 厦门市续保的税优保单: a place before a topic, plain
    P("超过60%", 0.6, qualifier="min"),
    D("2026年1月起", "2026-01", qualifier="from"),
    DR("2027年3月1日至6月30日", "2027-03-01", "2027-06-30"),
    m("phone", "12366", "12366", kind="service"),
    PH("0592-5312366"),                             # holds 12366 inside a fixed number: one phone
]
