from gold_lib import *

HB, XT = "130000", "130500"                         # 河北省, 邢台市
XD, XDU, NG, QH = "130503", "130502", "130581", "130534"   # 信都区, 襄都区, 南宫市, 清河县
SPEC = [
    R("邢台", XT, in_org=True),                     # 邢台便民网: a site's name (set 1 call 7)
    # 首页 | 招聘 | …: site navigation, no mentions
    R("邢台", XT, in_org=True),                     # breadcrumb 邢台便民网 > 社保频道
    R("河北邢台", XT),                              # title 2025河北邢台…: bare year, nothing
    D("2025-09-03", "2025-09-03"),                  # 更新: a main article's date, no role
    # 点击:5126, 评论(38): counters, nothing
    D("2026年度", "2026"),
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    DR("1月1日至3月31日", "--01-01", "--03-31"),    # 次年1月1日至3月31日: 次年 is not part of it (set 2 call 8)
    T("3个月", 3, "month"),
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),             # 每人每年400元 → 每年400元
    M("20元", 20),
    M("每年200元", 200, period="year"),             # 按每人每年200元定额资助
    P("50%", 0.5),
    R("信都区", XD),
    R("襄都区", XDU),
    # 主城区: no place; 二级医院: a level
    M("500元", 500),
    P("75%", 0.75),
    M("400元", 400),
    P("80%", 0.8),
    M("100元", 100),
    P("90%", 0.9),
    M("25万元", 250000),
    R("南宫市", NG),
    R("清河县", QH),
    # 县(市): unit words
    # 1. 2. 3.: list numbers
    R("河北", HB, in_org=True),                     # "河北税务"小程序
    # "冀时办": 冀 is a one-character abbreviation
    R("邢台", XT, in_org=True),                     # 支付宝"邢台医保"服务: an account/service name in quotes
    # 一户: lone 一 and 户 is no classifier
    T("3到5分钟", {"min": 3, "max": 5}, "minute"),
    R("邢台市", XT, in_org=True),                   # 邢台市医疗保障局
    PH("0319-2688126"),
    R("信都区", XD, in_org=True),                   # 信都区医保中心
    PH("2196688", inferred_code="0319"),            # a local 7-digit number completed from the article's region (邢台)
    R("清河县", QH, in_org=True),                   # 清河县医保中心
    PH("0319-8182413"),
    PH("12345"),
    E("xtbianmin2025@example.com"),                # the year inside the address is nothing
    # 网友评论(38): a counter
    # 去年交了380: no unit, nothing
    M("20块", 20),
    # 一年比一年: lone 一
    D("2025-09-03", "2025-09-03"),                  # comment date (20:11 nothing)
    R("清河", QH, in_org=True),                     # 清河小张: a screen name (guidelines: @青州小刘); 河北's 清河县 in a 邢台 page
    D("9月15号", "--09-15"),                        # 号 for 日, as in 当月25号
    D("2025-09-04", "2025-09-04"),
    R("南宫", NG, in_org=True),                     # 南宫王姐: a screen name
    T("85岁", 85, "year", age=True),
    # 住了一礼拜: lone 一
    M("两三百块", (200, 300)),                      # neighbouring numerals: a range, qualifier range
    D("2025-09-04", "2025-09-04"),
    Article("related-01"),
    R("邢台市", XT),                                # 邢台市职工医保…: a place before a programme
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    R("邢台市", XT),
    C("39种", 39, "kind"),
    C("45种", 45, "kind"),
    P("80%", 0.8),
    M("最高1.2万元", 12000, qualifier="max"),       # 年度限额最高1.2万元: 最高 touches
    D("2025-07-02", "2025-07-02", role="pubdate"),
    Article("related-02"),
    R("邢台", XT),
    D("2025年", "2025"),
    R("邢台", XT),
    P("60%", 0.6),
    P("8%", 0.08),
    M("每月约380元左右", 380, period="month", qualifier="approx"),   # period + qualifier (set 1 call 3)
    D("2025-06-18", "2025-06-18", role="pubdate"),
    # footer: 冀ICP备16012345号 (a licence number), 客服QQ:1969856672 (a QQ number is no phone, and no e-mail
    # without @qq.com)
]
