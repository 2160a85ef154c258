from gold_lib import *

DOCS = {
    "heldout11-brief-1": [
        # 【快讯】: nothing
        D("2025.3.1", "2025-03-01"),                # a dotted date (set 5 call 5)
        R("四川省南充市阆中市", "511381", in_org=True),   # a chain at the county, inside 阆中市医保局 (an office)
        # 即日起: no date
        R("阆中市", "511381"),                      # 阆中市参保群众: a place before people, no org
        C("12家", 12, "institution"),               # 12家乡镇卫生院 (家乡 is a word across the count's end: the
                                                    # classifier 家 belongs to 12)
        M("200元", 200),                            # 由200元降至100元: two amounts
        M("100元", 100),
        P("90%", 0.9),                              # 提高至90%: 至 is a verb part, no range
        # 全市: no place; 每年约有3.2万人次: 约有 (有 between) gives no qualifier (set 1 call 14), and 每年 is no
        # period word of a count
        C("3.2万人次", 32000, "person"),
        M("约860万元", 8600000, qualifier="approx"),
        PH("0817-6222391"),                         # a 7-digit 南充 number
    ],
    "heldout11-brief-2": [
        # 快讯 |: nothing
        D("2025/03/01", "2025-03-01"),
        R("湖南省常德市桃源县", "430725"),          # a chain at the county; 首个: an ordinal (first), no count
        # 漳江街道: a street office, no place
        C("15项", 15, "item"),
        T("5个工作日", 5, "workday"),               # 由5个工作日压缩至1个工作日: a change, two durations, no range
        T("1个工作日", 1, "workday"),               # digit 1, no lone 一
        R("桃源县", "430725", in_org=True),         # 桃源县医疗保障局
        # 年内, 全县: no mentions
        C("28个", 28, "item"),                      # 28个驿站
        T("15分钟", 15, "minute"),                  # “15分钟医保服务圈”: a duration inside a slogan
        PH("(0736)6623018"),                        # parentheses belong to the number (set 1 call 16); 7 digits
    ],
    "heldout11-brief-3": [
        D("3月1日", "--03-01"),
        R("甘肃省天水市秦安县", "620522"),          # a chain at the county
        D("2025年度", "2025"),
        DR("3月1日至3月31日", "--03-01", "--03-31"),  # yearless, no 每年: no recurring (set 1 call 9)
        # 今年: no date
        C("4种", 4, "kind"),
        C("52种", 52, "kind"),
        T("20个工作日", 20, "workday"),             # 20个工作日内: 内 outside; 认定结果: 定结 across two words, no place
        R("秦安县", "620522"),                      # 秦安县城乡居民…: a topic
        P("65%", 0.65),
        M("最高8000元", 8000, qualifier="max"),     # 年度限额最高8000元: 最高 touches; 年度 is no period word
    ],
}
