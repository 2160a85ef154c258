from gold_lib import *

GS, LZ, QD, LZH = "620000", "620100", "370200", "450200"   # 甘肃省, 兰州市, 青岛市, 柳州市
DOCS = {
    "heldout14-weibo-1": [
        R("甘肃", GS, in_org=True),                 # 甘肃医保 V: the account's screen name alone on its line (V: verified)
        # 【医保便民】: a column header, nothing
        R("甘肃", GS),                              # #甘肃医保#: a hashtag names a topic, not the account: no in_org
        # #异地就医#: nothing
        D("2025年起", "2025", qualifier="from"),    # 我省: no place
        M("800元", 800),
        # 省内: no place
        P("10个百分点", 0.1, points=True),
        R("兰州", LZ),
        R("天水", "620500"),
        R("酒泉", "620900"),
        T("6个月", 6, "month"),
        U("http://t.example.cn/A8xKq2"),            # a short link (详情戳→ before it)
        R("甘肃省", GS, in_org=True),               # @甘肃省医疗保障局
        R("兰州", LZ, in_org=True),                 # @兰州发布
        D("2025-01-03", "2025-01-03"),              # 09:12: a time; 来自 微博网页版: nothing
        # 转发 126 评论 38 赞 402: counters, no unit
    ],
    "heldout14-weibo-2": [
        R("青岛", QD, in_org=True),                 # 青岛发布 V: the account
        R("青岛", QD),                              # #青岛身边事#: a hashtag (topic)
        R("青岛", QD),                              # 【好消息!青岛长期护理保险待遇提高】: a place before a programme
        R("青岛市", QD, in_org=True),               # @青岛市医疗保障局
        D("2025年4月1日起", "2025-04-01", qualifier="from"),
        P("85%", 0.85),                             # 由85%提高至90%: two percents
        P("90%", 0.9),
        M("每月最高1500元", 1500, period="month", qualifier="max"),   # period + qualifier touch (set 1 call 3)
        R("崂山区", "370212"),
        R("黄岛区", "370211"),
        R("即墨区", "370215"),
        C("3家", 3, "institution"),                 # 首批3家: 首批 outside
        C("约1.2万名", 12000, "person", qualifier="approx"),
        PH("0532-85911637"),
        # #长护险#: nothing
        D("4月1日", "--04-01"),                     # the post time: 18:30 a time
        R("青岛", QD, in_org=True),                 # 来自 青岛发布微博: the account's client name; 已编辑: nothing
    ],
    "heldout14-weibo-3": [
        R("柳州", LZH, in_org=True),                # 柳州医保 V: the account
        R("柳州", LZH),                             # 【#柳州医保# 提醒】: a hashtag inside the header, a topic
        # 即日起: no date
        R("柳州市", LZH),                           # 柳州市参保人
        C("9种", 9, "kind"),
        T("6个月", 6, "month"),                     # 6个月内: 内 no qualifier
        T("1天", 1, "day"),                         # 最快1天办结: 最快 is not on the shared list (set 7 call 4)
        D("2024年", "2024"),
        C("1.8万例", 18000, "case"),
        M("3万元", 30000),                          # 最高提高到3万元: 最高 does not touch
        R("柳州市", LZH, in_org=True),              # @柳州市医疗保障局
        R("广西", "450000", in_org=True),           # @广西医保
        U("https://t.example.cn/Lz7Rp0"),
        D("2025-5-20", "2025-05-20"),               # an unpadded ISO-like date (set 9 call 9); 11:46 a time
        # 来自 HUAWEI Mate 60: a phone model, a bare number
    ],
}
