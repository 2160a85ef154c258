from gold_lib import *

HZ, XS, YH = "330100", "330109", "330110"      # 杭州市, 萧山区, 余杭区
# 96110 (the national anti-fraud warning line) is a short service number of the 96xxx kind; the shared PH() helper
# only knows 12333/12345/12320/12393/120/110/119/114/95xxx, so it is written with m() directly (README call 1).
ANTI = m("phone", "96110", "96110", kind="service")
SPEC = [
    R("杭州市", HZ, in_org=True),                   # title: 杭州市医疗保障局关于… (no 《》: no in_title)
    D("2025-11-18", "2025-11-18"),                  # 发布时间 line; 09:30 is a time of day
    R("杭州市", HZ, in_org=True),                   # 来源:杭州市医疗保障局; 浏览次数:3562 is a counter, nothing
    # 多名参保人: 多 + classifier, no number
    T("24小时", 24, "hour"),                        # 请于24小时内: 内 is no qualifier
    U("http://ybk-jiedong.example.com/hz"),         # the scam link quoted as an example: still a URL (call 2)
    PH("0571-86095521"),                            # the scam's "咨询电话": a well-formed 杭州 fixed line (call 2)
    PH("17156283940"),                              # the scam's "客服专员" mobile (call 2)
    R("杭州市", HZ, in_org=True),                   # 杭州市医保部门: place + office word
    DR("2025年1-10月", "2025-01", "2025-10"),
    C("126条", 126, "item"),
    M("约86.5万元", 865000, qualifier="approx"),
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    P("71%", 0.71),
    C("三类", 3, "kind"),
    # 一是/二是/三是: list words; 一键提现: lone 一
    # 谎称多缴: review lists 称多 (称多县, 青海): two halves of two words, no place
    M("每月200元", 200, period="month"),
    P("5%", 0.05),
    # 1. 2. 3.: list numbers; “浙里办”: 浙 is one character, nothing
    R("杭州", HZ, in_org=True),                     # “杭州医保”微信公众号
    PH("12393"),
    R("杭州市", HZ, in_org=True),                   # 杭州市医疗保障局咨询电话
    PH("0571-85250612"),
    # 8:30-17:00: times of day
    R("萧山区", XS, in_org=True),                   # 萧山区医保服务中心
    R("余杭区", YH, in_org=True),                   # 余杭区医保服务中心
    PH("110"),
    ANTI,
    T("3个工作日", 3, "workday"),                   # 3个工作日内: 内 no qualifier
    M("0元", 0),                                    # 补卡工本费为0元: an amount of zero is still an amount
    R("杭州市", HZ, in_org=True),                   # signature
    D("2025年11月18日", "2025-11-18"),
]
