from gold_lib import *

XM, FJ = "350200", "350000"                         # 厦门市, 福建省
SM, HL, JM, HC, TA, XA = "350203", "350206", "350211", "350205", "350212", "350213"
SPEC = [
    R("厦门市", XM, in_org=True),                   # 厦门市医疗保障局关于…的公告 (the title line, no 《》)
    D("2025-04-18", "2025-04-18"),                  # 发布时间; 10:30 a time
    R("厦门市", XM, in_org=True),                   # 来源:厦门市医疗保障局
    # 浏览次数:3862: a counter, nothing
    R("福建省", FJ, in_title=True, in_org=True),    # 《福建省医疗保障局关于…的通知》 (set 1 call 6)
    # 闽医保〔2024〕56号: a document number; 闽 a one-character abbreviation
    D("2025年5月1日起", "2025-05-01", qualifier="from"),
    # 我市: no place; 美团、饿了么、京东健康: platforms' names
    C("三个", 3, "item"),                           # 三个平台
    # 一、二、…五、 and (一)…(四): section numbers
    C("126家", 126, "institution"),
    P("9.3%", 0.093),                               # 约占…的9.3%: 约 does not touch
    R("思明区", SM), C("38家", 38, "institution"),
    R("湖里区", HL), C("31家", 31, "institution"),
    R("集美区", JM), C("22家", 22, "institution"),
    R("海沧区", HC), C("15家", 15, "institution"),
    R("同安区", TA), C("12家", 12, "institution"),
    R("翔安区", XA), C("8家", 8, "institution"),
    # 附件1: an attachment number, nothing
    T("1年", 1, "year"),                            # 授权有效期1年: digit 1 is no lone 一 (set 1 call 13)
    M("每年700元", 700, period="year"),             # 起付线为每年700元
    P("70%", 0.7),
    P("80%", 0.8),
    M("不超过500元", 500, qualifier="max"),
    M("每年300元", 300, period="year"),
    P("50%", 0.5),
    M("2000元", 2000),                              # 年度最高支付限额2000元: 最高 does not touch (set 1 call 14)
    # “满减”“优惠券”: no numbers
    T("30分钟", 30, "minute"),                      # 30分钟内: 内 is not a qualifier
    T("60分钟", 60, "minute"),
    R("同安区", TA), R("翔安区", XA),
    T("2小时", 2, "hour"),                          # 可延长至2小时: 至 a preposition; 延长 (extend) is a verb, not 延长县 (陕西)
    T("不超过3天", 3, "day", qualifier="max"),
    T("不超过2个月", 2, "month", qualifier="max"),  # 不超过2个月用量: a supply measured in months
    DR("2025年5月1日至2025年10月31日", "2025-05-01", "2025-10-31"),
    # 市医保局会同市商务局: no place named; 会同 (together with) is a word, not 会同县 (湖南)
    R("厦门市", XM),                                # 厦门市医保服务热线: a place before a service (set 44: 成都医保服务热线)
    PH("12393"),
    PH("0592-5556789"),
    # (工作日8:30-12:00,14:30-17:30): times
    E("ydzf@xmyb.example.gov.cn"),
    U("https://ybj.xm.example.gov.cn/ydzf/"),
    # 附件:1.: a list number
    C("126家", 126, "institution"),
    R("厦门市", XM, in_org=True),                   # signature
    D("2025年4月18日", "2025-04-18"),
]
