from gold_lib import *

WF, SG, QZ = "370700", "370783", "370781"           # 潍坊市, 寿光市, 青州市
SPEC = [
    R("潍坊", WF),                                  # 我在潍坊做了…: a short name
    # 一天就回家了: lone 一
    D("2025-05-12", "2025-05-12"),
    D("3月", "--03"),                               # 今年3月: 今年 is no date of its own
    T("68岁", 68, "year", age=True),
    R("潍坊市", WF, in_org=True),                   # 潍坊市眼科医院
    # ICD-9-CM3编码13.41+13.71: a classification and procedure codes, nothing (call 3)
    D("2019年", "2019"),
    T("5天", 5, "day"),
    M("12800元", 12800),
    M("7600多元", 7600, qualifier="min"),
    M("5000多块", 5000, qualifier="min"),
    D("3月18日", "--03-18"),
    # 上午8点, 9点半, 下午3点: times of day
    T("15分钟", 15, "minute"),
    T("8小时", 8, "hour"),                          # 不到8小时: 不到 is not on the list
    # 术后第1天: an ordinal (call 2); 视力从0.1恢复到0.8: visual acuity, no unit
    M("9460元", 9460),
    M("3200元", 3200),
    M("600元", 600), M("300元", 300),              # 减半
    P("85%", 0.85),
    M("7700余元", 7700, qualifier="min"),
    M("1460元左右", 1460, qualifier="approx"),
    M("三千多元", 3000, qualifier="min"),
    # 一份商业医疗险: lone 一
    P("60%", 0.6),
    # 上一次: lone 一
    T("4天", 4, "day"),
    T("3天", 3, "day"),
    C("2100多台", 2100, "piece", qualifier="min"), # 做了2100多台…手术 (台: piece)
    P("七成以上", 0.7, qualifier="min"),           # a share (占…的)
    # 1. 2. 3.: list numbers
    T("7天", 7, "day"),                             # 术前7天内
    # 一定, 一站式: lone 一
    T("2~4周", (2, 4), "week"),
    # 一个月: lone 一
    R("潍坊市", WF),                                # 潍坊市外的人: a place (外 not part of it), plain
    R("寿光", SG),
    R("青州", QZ),
    # 省外: no place
    PH("0536-8196210"),
    PH("12345"),
    # 评论(26): a counter
    R("青州", QZ, in_org=True),                     # 青州小王: a commenter's screen name (like @青州小刘)
    R("青州市", QZ, in_org=True),                   # 青州市人民医院
    M("4000元", 4000),                              # 不到4000元: 不到 is not on the list
]
