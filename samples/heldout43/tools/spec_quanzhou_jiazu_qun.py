from gold_lib import *

QZ, XM, JJ, TW, JM, HL, SM = "350500", "350200", "350582", "710000", "350527", "350206", "350203"
# 泉州市, 厦门市, 晋江市, 台湾省, 金门县 (泉州市's in GB/T 2260), 湖里区, 思明区
SPEC = [
    # 林家一家亲(23): a group's name; 一家 lone 一, (23) a member counter
    D("2025/12/03", "2025-12-03"),                  # a slash date (zero-padded); 20:16 a time
    R("泉州", QZ),                                  # 泉州的城乡居民医保: a place before a programme
    D("2026年度", "2026"),
    M("430块", 430),                                # 每人每年要交430块: 要交 between the period word and the amount: no period
    M("860块", 860),                                # 总共 is not on the shared list
    D("12月31号", "--12-31"),                       # 截止是12月31号: 截止 before the date is no qualifier (set 9 call 4)
    T("90天", 90, "day"),
    R("厦门", XM, in_org=True),                     # 厦门第一医院: a hospital's name
    # 八千三百箍: 箍 (Hokkien "yuan") is no currency unit of the guidelines (call 1)
    P("六成", 0.6),                                 # 差不多 is not on the shared list
    # 三千三左右: no unit (三千三 = 3300 in speech), nothing
    R("厦门", XM),
    R("晋江", JJ),                                  # 免跑回晋江报: 晋江市's short name
    # 拢总 (in all): no number; 半点钟: 点钟 is no duration unit (call 2)
    R("台湾", TW),
    R("台湾", TW),                                  # 台湾的健保: a place before a programme
    # 一个月: lone 一 and no period word
    M("一千七百多元", 1700, currency="TWD", qualifier="min"),   # 新台币 before the number is outside (set 9 call 2); 多 → min
    R("金门", JM),                                  # 金门县 is a county of 泉州市 in divisions.tsv (call 15)
    R("泉州", QZ),
    # 台胞证: no place; 一年才几百块: 一年 lone 一, 几百块 no number
    T("70岁以上", 70, "year", age=True, qualifier="min"),
    M("200元", 200),                                # 每个月最多可以报200元: 可以报 between, neither period nor qualifier touch
    P("百分之六十五", 0.65),
    # 一盒: lone 一
    M("十二块五", 12.5),                            # 块 + a 角 digit (set 38 call 1)
    # 一个月吃三盒: 一个月 lone 一
    C("三盒", 3, "piece"),
    # 一个月才二十几块: lone 一; 二十几块: 几 is no number, nothing
    PH("12393"),
    R("泉州市", QZ, in_org=True),                   # 泉州市医保中心
    PH("0595-22581234"),
    # 闽南话 (the language): no place
    R("厦门", XM),
    PH("0592-5301234"),                             # 厦门 numbers have 7 digits after 0592
    R("湖里区", HL),
    PH("138 5021 7736"),
    # 20:31 a time; “闽政通”: 闽 is a one-character abbreviation
    P("百分之八九十", {"min": 0.8, "max": 0.9}),    # neighbouring numerals, one 百分之 (set 4 call 5)
    P("百分之六七十", {"min": 0.6, "max": 0.7}),
    # 一二级医院: hospital levels; 卡高 (Hokkien "higher")
    R("思明区", SM),
    P("2%", 0.02),                                  # 每个月扣工资的2%: 每个月 does not touch (and period is for money)
    # 上礼拜: no number
    M("五十八块", 58),
    # 这个月初一 (the first of the lunar month): no 日/号, nothing; 拜拜: nothing
    R("厦门", XM),
    M("800元", 800),
    P("85%", 0.85),
    M("300元", 300),
    P("90%", 0.9),
]
