from gold_lib import *

NJ, JN, SH, XM = "320100", "320115", "310000", "350200"   # 南京市, 江宁区, 上海市, 厦门市
DOCS = {
    "heldout95-ym-1": [
        R("南京市江宁区", JN),                      # headline: the district as the actor, no organisation's name
        D("2025-09-10", "2025-09-10"),
        R("江宁", JN, in_org=True),                 # 来源:江宁发布: an account's name
        R("江宁区", JN, in_org=True),               # 江宁区卫健委
        D("2025年9月15日起", "2025-09-15", qualifier="from"),
        R("江宁区", JN),                            # 江宁区为全区…: plain
        # 初二 / 初二年级: a school grade (二年 inside it is no duration); 双价: 价 no classifier
        C("约6800名", 6800, "person", qualifier="approx"),
        # 两剂次; 第0、6个月各1剂: ordinal months (call 1), 剂 no classifier
        T("不少于5个月", 5, "month", qualifier="min"),
        C("12家", 12, "institution"),
        # 每周三、周五下午13:30-16:30: weekdays and times
        T("16周岁以上", 16, "year", age=True, qualifier="min"),
        M("1318元", 1318),                          # 九价疫苗每剂1318元
        PH("025-52171234"),
    ],
    "heldout95-ym-2": [
        R("上海", SH),                              # headline
        T("60岁以上", 60, "year", age=True, qualifier="min"),
        D("2025-10-09", "2025-10-09"),              # 新民晚报: 新民 (新民市, 沈阳) is part of a newspaper's name of no place
        R("上海市", SH, in_org=True),               # 上海市卫生健康委员会
        DR("2025年10月15日至12月31日", "2025-10-15", "2025-12-31"),
        # 本市: no place
        T("60岁以上", 60, "year", age=True, qualifier="min"),
        C("246家", 246, "institution"),
        # 1剂: 剂 no classifier
        C("约120万人次", 1200000, "person", qualifier="approx"),
        P("3.2个百分点", 0.032, points=True),
        # 三价: 价 no classifier
        M("约90元", 90, qualifier="approx"),        # 约90元至130元: two amounts (set 1 call 4)
        M("130元", 130),
        PH("12345"),
    ],
    "heldout95-ym-3": [
        R("厦门", XM),                              # headline
        D("2025-07-01", "2025-07-01"),
        R("厦门市", XM, in_org=True),               # 厦门市医疗保障局
        D("2025年7月1日起", "2025-07-01", qualifier="from"),
        R("厦门市", XM),                            # 厦门市职工医保参保人: a topic; 本市: no place
        M("每年最高2000元", 2000, period="year", qualifier="max"),   # 每人每年最高2000元 (set 75 call 9)
        C("8类", 8, "kind"),
        C("63家", 63, "institution"),
        T("30分钟", 30, "minute"),                  # 30分钟内: 内 not on the list
        PH("0592-5307128"),
    ],
}
