from gold_lib import *

NC, SQ, LZ, NB, GP = "511300", "511302", "511381", "511321", "511303"   # 南充市, 顺庆区, 阆中市, 南部县, 高坪区
SPEC = [
    R("南充市", NC, in_org=True),                   # 南充市医疗保障局所属事业单位…名单公示 (headline)
    D("2025年", "2025"),
    R("南充市", NC, in_org=True),                   # 信息来源:南充市医疗保障局
    D("2025-06-09", "2025-06-09"),                  # 发布日期 (main article: plain); 字号:大 中 小
    R("南充市", NC, in_org=True),
    D("2025年", "2025"),
    D("2025年6月7日", "2025-06-07"),
    C("412人", 412, "person"),
    C("37人", 37, "person"),
    # 1:3: a ratio; 《公告》: no place
    # Table: 岗位编码 25060101/25060102, 准考证号 2506010112 …, masked 身份证号 511302********2318 … (the leading
    # six digits are division codes, but digits are no place names), scores 78.5, 76, 政策加分 0/2, ranks 1…4: bare
    # numbers with no unit, nothing
    # 注:1.…3.: list numbers; 加2分: a score (分, as 200分), nothing
    # 保留1位小数: 位 counts decimal places here, not persons (call 4; set 11 call 3's 6位数字密码), no count
    C("2个", 2, "item"),                            # 共设2个岗位
    C("4名", 4, "person"),
    C("21人", 21, "person"),
    # 合格分数线为60分, 平均成绩68.3分: scores, nothing
    DR("2025年6月16日至6月18日", "2025-06-16", "2025-06-18"),   # (8:30-12:00,14:00-17:30): times
    R("南充市顺庆区", SQ),                          # address chain; 文化路66号: road and number
    R("南充市", NC, in_org=True),                   # 南充市医疗保障局二楼会议室
    P("40%", 0.4),                                  # 面试成绩占总成绩的40%
    P("60%", 0.6),
    T("3个工作日", 3, "workday"),                   # 公示之日起3个工作日内: 内 is not 以内
    C("1次", 1, "time"),                            # 每人限申请1次 (digit 1)
    R("阆中市", LZ),                                # 阆中市、南部县、高坪区报考人员: places before people, no body
    R("南部县", NB),
    R("高坪区", GP),
    # 县(市、区)医保局: no place named
    DR("2025年6月9日至2025年6月13日", "2025-06-09", "2025-06-13"),   # 公示期
    PH("0817-2261354"),
    PH("0817-2261390"),
    R("南充市", NC, in_org=True),                   # signature
    D("2025年6月9日", "2025-06-09"),
]
