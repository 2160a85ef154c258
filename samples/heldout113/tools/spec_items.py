from gold_lib import *

MJ, XS, SD = "620503", "450304", "140404"            # 天水市麦积区, 桂林市象山区, 长治市上党区
DOCS = {
    "heldout113-jsonl-1": [
        R("天水市麦积区", MJ),                       # title 天水市麦积区: (a chain, plain)
        R("天水市麦积区", MJ, in_org=True),          # 天水市麦积区医疗保障局
        D("10月底", "--10", qualifier="approx"),     # 截至 a preposition; 全区 no name
        C("17个", 17, "item"),
        C("380个", 380, "item"),
        C("11项", 11, "item"),
        DR("1至9月", "--01", "--09"),                # 今年1至9月: 今年 no date
        C("2.3万件", 23000, "item"),
        M("约45万元", 450000, qualifier="approx"),
        # 甘泉镇: a township of 麦积区; 甘泉 is 延安's 甘泉县's short name inside it: nothing
        T("68岁", 68, "year", age=True),
        # 区里: no name; 一去, 一整天: lone 一
        T("10分钟", 10, "minute"),                   # 不到10分钟: 不到 not on the list
        PH("0938-2731508"),
    ],
    "heldout113-jsonl-2": [
        R("桂林市象山区", XS, in_org=True),          # title: 桂林市象山区二塘街道医保服务站 (the station's name) 揭牌
        D("11月18日", "--11-18"),
        R("桂林市象山区", XS, in_org=True),          # the station's name again; 二塘街道政务服务中心: a street's facility, no place; 1楼 a floor
        C("3个", 3, "item"),                         # 综合窗口<b>3</b>个
        C("26项", 26, "item"),
        C("9个", 9, "item"),
        C("约4.2万人", 42000, "person", qualifier="approx"),
        # 周一至周五 8:30-12:00、15:00-18:00: times
        PH("(0773)2856137"),
        R("象山区", XS),                             # 象山区“15分钟医保服务圈”: 桂林's 象山区 (not 宁波's 象山县), before a programme: plain
        T("15分钟", 15, "minute"),
        P("100%", 1),                                # <strong>100%</strong>; 全区 no name
        D("2025年", "2025"),
        M("120万元", 1200000),                       # <b>120</b>万元
    ],
    "heldout113-jsonl-3": [
        R("长治市上党区", SD),                       # title 长治市上党区: (plain)
        D("12月起", "--12", qualifier="from"),
        D("2026年度", "2026"),
        DR("2025年12月1日起至2026年1月31日", "2025-12-01", "2026-01-31"),   # 自…起至…: 起至 joins them (set 74)
        R("上党区", SD),                             # 上党区韩店街道、荫城镇: the district before its street and township (plain); the townships are no places
        C("8个", 8, "item"),
        # 延时至19:00: a time; 周末上午: no number
        D("2026年度", "2026"),                       # 区医保中心: no name
        M("400元/人/年", 400, period="year"),
        # “晋医保”: 晋 a one-character abbreviation
        PH("0355-6282117"),
        E("sdybz@example.com"),
    ],
}
