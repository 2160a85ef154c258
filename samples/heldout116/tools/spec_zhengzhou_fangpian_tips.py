from gold_lib import *

ZZ, HN = "410100", "410000"                     # 郑州市, 河南省
SPEC = [
    C("10条", 10, "item"),                          # title: 这10条防骗提示
    R("郑州市", ZZ, in_org=True),                   # byline 郑州市医疗保障局
    D("2025年12月05日", "2025-12-05"),
    D("2025年以来", "2025", qualifier="from"),
    R("郑州市", ZZ, in_org=True),                   # 郑州市医保部门
    # 公安机关: 公安 is 公安县 (湖北) only as a county name; here a word (police), no place
    C("89条", 89, "item"),
    M("31.7万元", 317000),
    # 一、二、三、四、 and 1.–5.: section and list numbers
    PH("12393"),
    PH("12345"),
    R("河南", HN, in_org=True),                     # "河南医保"微信公众号
    R("郑州", ZZ, in_org=True),                     # "郑州医保"微信小程序
    # 县(市、区): no names; 周一至周五9:00-17:00: weekdays and times
    C("五项", 5, "item"),                           # 牢记五项原则
    U("www.yibao-tuifei.example.com"),              # a scam-style address quoted as an example: a URL (call 2)
    # 6位短信验证码: 位 counts digits, no count
    D("2026年度", "2026"),
    M("400元", 400),                                # 每人400元: 每 + classifier, no period
    M("3860元", 3860),                              # an amount inside the quoted scam SMS is still an amount
    R("郑州市", ZZ, in_org=True),                   # 郑州市医保部门提醒
    PH("110"),
    R("郑州市", ZZ, in_org=True),                   # 郑州市医疗保障局举报电话
    PH("0371-69172266"),
    E("zzyb_jubao@example.cn"),
    M("最高10万元", 100000, qualifier="max"),
]
