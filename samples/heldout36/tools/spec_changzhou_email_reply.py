from gold_lib import *

CZ = "320400"                                        # 常州市
SPEC = [
    # An e-mail as a mail client (Foxmail/QQ邮箱 style) exports it: 发件人/收件人/抄送/发送时间/主题/附件 header lines,
    # the reply, then the quoted 原始邮件 with its own header and a `> ` quoted body.
    R("常州市", CZ, in_org=True),                    # "常州市第一人民医院医保办": a hospital's office (第一: an ordinal)
    E("ybb_dyrmyy@example-hospital.cn"),
    E("wangmou1978@example.com"),                    # the digits inside the address: nothing
    R("常州市", CZ, in_org=True),                    # "常州市医疗保障局咨询服务中心"
    E("czyb_zixun@example.gov.cn"),
    D("2025年11月19日", "2025-11-19"),               # (星期三) 下午4:42: a weekday and a time of day, nothing
    R("常州市", CZ),                                 # 附件: 常州市职工医保门诊待遇一览表(2025).pdf: a file name (a place before a
                                                     # topic; not in 《》); (2025): a bare year; (312 KB): no unit of the guidelines
    D("11月17日", "--11-17"),                        # 您11月17日来信
    # 1. 2. 3. 4.: list numbers; 我市: no place; 一级及以下 / 三级医院: hospital grades
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    M("每年500元", 500, period="year"),
    P("70%", 0.7),
    P("50%", 0.5),
    P("5个百分点", 0.05, points=True),
    M("每年400元", 400, period="year"),              # 起付标准降为每年400元
    M("3000元", 3000),
    M("4500元", 4500),
    P("2%", 0.02),
    M("每月130元", 130, period="month"),             # 按每人每月130元 (每人 outside, set 1 call 2)
    DR("1-6月", "--01", "--06"),                     # 今年1-6月: 今年 is no date
    M("约780元", 780, qualifier="approx"),
    DR("2024年12月至2025年3月", "2024-12", "2025-03"),
    R("苏州", "320500"),
    T("4个月", 4, "month"),
    D("10月", "--10"),                               # 已于10月补划
    R("常州", CZ),                                   # 在常州参加居民医保
    R("常州", CZ, in_org=True),                      # “常州医保”微信公众号: an account
    R("常州", CZ, in_org=True),                      # “我的常州”APP: an app
    T("1个工作日", 1, "workday"),                    # 一般1个工作日内生效: digit 1 (set 1 call 13); 内 is not on the list
    R("南京", "320100"),
    R("南京", "320100"),                             # 在南京定点医院住院: a generic description, no name
    R("常州", CZ),
    P("约为85%", 0.85, qualifier="approx"),          # 约为 is on the shared list (before, approx)
    PH("0519-68870123"),                             # (工作日8:00-12:00,14:00-17:30): times of day, nothing
    R("常州市", CZ),                                 # 常州市医保服务热线: a place before a programme's hotline, no org
    PH("12393"),
    R("常州市", CZ, in_org=True),                    # signature
    D("2025年11月19日", "2025-11-19"),
    # ------------------ 原始邮件 ------------------
    E("wangmou1978@example.com"),
    D("2025年11月17日", "2025-11-17"),               # (星期一) 晚上9:05: nothing
    # 收件人: "ybb_dyrmyy": a display name without @, no e-mail
    E("ybb_dyrmyy@example-hospital.cn"),
    T("47岁", 47, "year", age=True),
    R("武进区", "320412"),                           # 在武进区一家企业上班: 一家 is a lone 一; no org (the firm is not named)
    # 只报了一半左右: 一半 is no percent form of the guidelines (set 9: 报了一半); 上半年, 去年同期: no dates
    M("七八百块", (700, 800)),                       # two neighbouring numerals: a range (guidelines: 三四百块)
    R("天宁区", "320402"),
]
