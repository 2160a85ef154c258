from gold_lib import *

WH, HB = "420100", "420000"                         # 武汉市, 湖北省
SPEC = [
    # title: 第七届 (an ordinal), (第二轮) an ordinal
    # 中国医疗保险研究会…, 华中科技大学同济医学院…: 中国 and 华中 are no regions of the gazetteer
    DR("2025年10月24日至26日", "2025-10-24", "2025-10-26"),
    R("湖北省武汉市", WH),                          # a chain: the city
    # 第七届: an ordinal
    C("300人左右", 300, "person", qualifier="approx"),
    C("28个", 28, "item"),                          # 28个省份
    C("126所", 126, "institution"),
    # 一、二、…: section numbers
    DR("2025年10月24日—26日", "2025-10-24", "2025-10-26"),
    D("24日", "---24"),                             # (24日全天报到: a day of the month, day only
    DR("25—26日", "---25", "---26"),                # 25—26日会议: a day range with no month (call 11)
    R("武汉市洪山区", "420111"),                    # address chain; 珞喻路 a road, 1037号 a house number
    # 华中科技大学国际学术交流中心: 华中 no region
    # 1. 2. 3.: list numbers; 6000~8000字, 300字以内: 字 is no classifier, nothing
    C("3~5个", {"min": 3, "max": 5}, "item"),                     # 3~5个关键词: a count range, no qualifier (call 12)
    D("2025年8月31日前", "2025-08-31", qualifier="until"),
    # 《中国卫生经济》《医学与社会》: journal titles without places
    C("3名", 3, "person"),                          # 一等奖3名: 一等奖 a grade (like 一级), not a count
    C("6名", 6, "person"),
    C("10名", 10, "person"),
    M("3000元", 3000),
    M("2000元", 2000),
    M("1000元", 1000),
    M("800元", 800),                                # 800元/人: a per-person step alone is no period; /人 outside (call 13)
    D("2025年9月30日前", "2025-09-30", qualifier="until"),
    P("九折", 0.9),
    M("400元", 400),                                # 400元/人
    M("约450元", 450, qualifier="approx"),
    T("15分钟", 15, "minute"),
    T("5分钟", 5, "minute"),
    D("2025年9月30日前", "2025-09-30", qualifier="until"),
    U("https://conf.example.org.cn/chsm2025"),
    C("400人以内", 400, "person", qualifier="max"),
    PH("027-83692574"),
    PH("138 7124 6580"),
    E("chsm2025@example.org.cn"),
    R("武汉市洪山区", "420111"),                    # 邮编430074: a postcode
    # 附件:1.会议日程 2.参会回执表: list numbers
    D("2025年6月18日", "2025-06-18"),
]
