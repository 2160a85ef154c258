from gold_lib import *

JN, SD = "370100", "370000"                         # 济南市, 山东省
SPEC = [
    R("济南", JN, in_org=True),                     # 济南本地宝: a site's name
    # 泉城小李: a screen name (泉城 is no place)
    D("2025-08-03", "2025-08-03"),                  # 21:15 a time; 浏览1,862, 回答9: counters
    R("山东", SD, in_org=True),                     # 山东省立医院: 山东 + 省立 (provincial), a hospital's name (call 6)
    # 每个月, 一上午: no number
    R("济南市", JN),                                # (认证:济南市医保服务志愿者): a person's role, not an organisation (call 7)
    D("2025-08-03", "2025-08-03"),                  # 22:40 a time
    R("济南", JN),
    D("2024年12月1日起", "2024-12-01", qualifier="from"),
    # 1. 2. 3. 4.: list numbers; 同一家医院: lone 一
    P("75%", 0.75),
    P("60%", 0.6),
    M("每次12元", 12, period="time"),               # 三级医院: a grade; 几块钱: no number
    T("24小时", 24, "hour"),                        # 24小时内
    M("99元", 99),                                  # 满99元包邮
    M("88元起", 88, qualifier="min"),
    R("山东", SD, in_org=True),                     # “爱山东”APP
    # 8:00-20:00: times; 获赞326 | 评论41: counters
    # 【回答2】…【回答5】: answer numbers; 大明湖畔的夏雨: a screen name
    D("2025-08-04", "2025-08-04"),                  # 07:05 a time
    # 齐鲁医院: 齐鲁 is no place
    M("29块", 29),                                  # 29块一次: the amount only (一次 after it: lone 一)
    # 十几分钟: 几 is no number, nothing
    # 药第二天上午: 第二天 an ordinal
    R("历下区", "370102"),
    # 一个月: lone 一
    M("420元", 420),
    # 百来块: no number with the unit (来 between), nothing
    R("章丘", "370114", in_org=True),               # 章丘老王: a screen name (like @青州小刘)
    D("2025-08-04", "2025-08-04"),                  # 09:30 a time
    T("3天", 3, "day"),
    M("29元", 29),                                  # 我第一次没注意: an ordinal
    # 6位验证码: digits of a code, nothing
    PH("110"),                                      # 反诈报警打110
    D("2025-08-05", "2025-08-05"),                  # 12:18 a time
    R("长清区", "370113"),
    # 40多公里: 公里 is no unit of ours, nothing
    C("31家", 31, "institution"),
    # 明年上半年: no date
    P("80%以上", 0.8, qualifier="min"),
    R("济南", JN, in_org=True),                     # 济南市民热线: a screen name (济南 + 市民热线, call 8)
    D("2025-08-06", "2025-08-06"),                  # 10:00 a time
    PH("12345"),
    PH("0531-68963021"),
    E("jnyb_ts@example.gov.cn"),
    R("济南", JN),                                  # 济南职工医保…: a topic
    C("23个", 23, "item"),
    C("7个", 7, "item"),
]
