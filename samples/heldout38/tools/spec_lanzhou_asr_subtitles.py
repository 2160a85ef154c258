from gold_lib import *

LZ = "620100"                                       # 兰州市
SPEC = [
    R("兰州", LZ, in_org=True),                     # 视频号 兰州医保 |: the account's name before | (set 7 note)
    T("三分钟", 3, "minute"),                       # 三分钟讲明白: a number and a unit that touch (set 25 call 4: 三年 in a title)
    # [00:00] … [02:30]: caption timestamps (times): nothing
    # 门诊共济这一块: 这一块 ("this part"): a lone determiner 一 before 块 used as a classifier, no money
    D("二零二四年一月一号开始", "2024-01-01", qualifier="from"),   # 号 with Chinese numerals (set 25 call 3); 开始 → from
    R("甘肃省", "620000"),                          # 甘肃省职工医保: a place before a programme, no org
    # 一级医院 / 二级医院 / 三级医院: hospital levels
    P("百分之七十五", 0.75),
    P("百分之七十", 0.7),                           # 二级医院百分之七十三级医院…: no punctuation; 三级医院 follows, so 七十 (not 七十三)
    P("百分之六十", 0.6),
    M("二百元", 200),
    # 一年最高能报三千块: 一年 lone 一; 最高 does not touch
    M("三千块", 3000),
    P("五个百分点", 0.05, points=True),
    # 上个月: no date
    M("四百二十三块五", 423.5),                     # 块五: the 5 after 块 is 5 jiao (see README)
    M("三百块", 300),
    M("一百二十三块五", 123.5),
    P("百分之二", 0.02),
    M("每个月九十六块", 96, period="month"),
    R("兰州市", LZ),                                # 兰州市参保的职工: a plain place
    C("一百零八万人", 1080000, "person"),
    DR("一到十月", "--01", "--10"),                 # 去年一到十月: 去年 is no date
    M("三点二亿元", 320000000),                     # spoken decimal point (set 32 call 4)
    R("城关区", "620102"),                          # 兰州's (拉萨 has one too): the article's city
    R("七里河区", "620103"),
    R("西固区", "620104"),
    C("两种", 2, "kind"),
    # 第一个 / 第二个: ordinals
    T("六个月", 6, "month"),
    T("三十天", 30, "day"),                         # 三十天之内: 之内 is not on the list
    T("六十岁以上", 60, "year", age=True, qualifier="min"),
    D("八月份开始", "--08", qualifier="from"),      # 从今年八月份开始: 份 is part of it, 开始 → from
    P("百分之五十", 0.5),
    P("百分之六十", 0.6),
    P("七成", 0.7),                                 # 能报到七成: no qualifier
    M("每次二十块", 20, period="time"),
    # 一年门诊: lone 一
    M("五千多块", 5000, qualifier="min"),           # 多 between number and unit (guidelines, session 12)
    M("三千块", 3000),                              # 最多也就三千块: 也就 between
    T("三个工作日", 3, "workday"),
    T("半年", 0.5, "year"),                         # 每半年对一次账: 一次 lone 一
    D("二零二五年十二月三十一号之前", "2025-12-31", qualifier="until"),
    PH("12393"),
    PH("09318815326"),                              # 市医保局: no place; the number without a separator
]
