from gold_lib import *

SY, HT, JY, TY, YZ, HN = "460200", "460202", "460203", "460204", "460205", "460000"   # 三亚市, 海棠区, 吉阳区, 天涯区, 崖州区, 海南省
HLJ, JL, LN = "230000", "220000", "210000"
SPEC = [
    # 全市医疗保障工作联席会议纪要: 全市 is no place; 〔2025〕第3期: an issue number (bare year, ordinal)
    R("三亚市", SY, in_org=True),                    # 三亚市医疗保障局办公室
    D("2025年9月12日", "2025-09-12"),
    D("2025年9月10日", "2025-09-10"),                # 下午 is no part of it
    # 副市长王某; 第2会议室, (第三次): ordinals
    D("2026年度", "2026"),
    D("2026年度", "2026"),                           # 一、关于2026年度…
    D("2026年度", "2026"),                           # 2026年度城乡居民医保个人缴费标准
    M("每年400元", 400, period="year"),              # 每人每年400元: 每人 is no period (set 1 call 2)
    M("20元", 20),                                   # 较上年增加20元
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    D("12月31日后", "--12-31", qualifier="from"),
    T("3个月", 3, "month"),                          # 待遇等待期
    D("9月8日", "--09-08"),                          # 截至9月8日: 截至 is a preposition outside
    C("19.27万人", 192700, "person"),
    P("41.3%", 0.413),
    P("2.6个百分点", 0.026, points=True),            # 较去年同期低: 去年同期 no date
    R("吉阳区", JY),
    R("天涯区", TY),
    R("海棠区", HT),
    R("崖州区", YZ),
    # 育才生态区: a management area, not in GB/T 2260: no place
    D("10月底前", "--10", qualifier="until"),        # 底前 → until (guidelines)
    P("70%以上", 0.7, qualifier="min"),
    D("11月30日前", "--11-30", qualifier="until"),
    P("95%以上", 0.95, qualifier="min"),
    # 每周五前: a weekday, no date; 一次: lone 一
    D("10月15日前", "--10-15", qualifier="until"),
    # 市民政局, 市乡村振兴局: 振兴 (振兴区) inside 乡村振兴 is a common word, no place
    C("6类", 6, "kind"),
    P("100%", 1),
    P("70%", 0.7),
    D("9月下旬", "--09", qualifier="approx"),
    M("1,850万元", 18500000),
    DR("1-8月", "--01", "--08"),
    C("416家", 416, "institution"),
    C("127家", 127, "institution"),
    M("2,316.8万元", 23168000),                      # 共计: not on the list
    C("9家", 9, "institution"),
    M("183.5万元", 1835000),
    C("12家", 12, "institution"),
    C("3件", 3, "item"),                             # 移交公安机关案件3件: 公安 (公安县) is a common word here
    D("9月底前", "--09", qualifier="until"),
    # 交叉检查1轮: 轮 is no classifier of the guidelines, no count
    C("3个", 3, "item"),                             # 3个领域
    # “一案一档”: a slogan, lone 一
    T("5个工作日", 5, "workday"),
    M("不超过20万元", 200000, qualifier="max"),
    # 今年以来: no date (no number)
    C("3.46万人次", 34600, "person"),
    M("4.12亿元", 412000000),
    R("黑龙江", HLJ),
    R("吉林", JL),
    R("辽宁", LN),
    # 三省: no count (set 4); 约占六成: 占 stands between 约 and the percent
    P("六成", 0.6),
    R("海南省", HN, in_org=True),                    # 海南省医疗保障局
    # 今冬, 候鸟, 来琼 (琼: one-character abbreviation): nothing
    D("11月15日前", "--11-15", qualifier="until"),
    C("2家", 2, "institution"),
    C("18家", 18, "institution"),
    C("1次", 1, "time"),                             # 每季度召开1次: 每季度 is no part of a count
    D("2025年12月中旬", "2025-12", qualifier="approx"),
    PH("0898-88271546", city="三亚市"),             # 0898 is shared by all of 海南: area_city from the article (set 1 call 5)
    PH("13876052319"),
    # 参加会议人员: 市政府办公室, 市医保局, 市公安局 (公安: common word), 市乡村振兴局 …: no place
    R("吉阳区", JY, in_org=True),                    # 吉阳区政府 (a government)
    R("天涯区", TY, in_org=True),
    R("海棠区", HT, in_org=True),
    R("崖州区", YZ, in_org=True),
    # 育才生态区管委会: no place
    C("23人", 23, "person"),                         # 共计23人
    R("海南省", HN, in_org=True),                    # 抄送:海南省医疗保障局
    # 市委办公室, 市人大常委会办公室, 市政协办公室: no place
    R("三亚市", SY, in_org=True),
    D("2025年9月12日", "2025-09-12"),                # 2025年9月12日印发: 印发 is no qualifier
]
