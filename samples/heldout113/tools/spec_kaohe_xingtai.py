from gold_lib import *

XT = "130500"                                        # 邢台市 (0319)
SPEC = [
    R("邢台市", XT, in_org=True),                    # title 邢台市医疗保障局关于…的通报
    D("2025年度", "2025"),
    # 邢医保字〔2026〕3号: a document number
    R("邢台市", XT, in_title=True),                  # 《邢台市“15分钟医保服务圈”建设考核办法(试行)》: a place before a programme, in a title
    T("15分钟", 15, "minute"),                       # slogan inside the title: still a duration
    DR("2026年1月5日至1月16日", "2026-01-05", "2026-01-16"),
    C("3个", 3, "item"),                             # 3个考核组
    C("18个", 18, "item"),                           # 18个县(市、区)
    D("2025年度", "2025"),
    # 一、二、…: section numbers
    D("2025年12月31日", "2025-12-31"),               # 截至: a preposition
    C("176个", 176, "item"),
    C("4,862个", 4862, "item"),
    P("100%", 1),
    P("93.6%", 0.936),
    P("11.2个百分点", 0.112, points=True),
    C("87.3万件", 873000, "item"),
    P("41%左右", 0.41, qualifier="approx"),
    C("54个", 54, "item"),
    C("1,080人", 1080, "person"),
    P("96.8%", 0.968),
    # 满分100分, 30分, 25分, 25分, 20分: scores, no unit of any type (set 106's qa_score); 中站 in 其中站点 (焦作's 中站区) spans two words
    # 第1名…第5名: ranks (ordinals); 96.5分 … 92.7分: scores
    R("宁晋县", "130528"),
    R("南宫市", "130581"),
    R("信都区", "130503"),
    R("沙河市", "130582"),
    R("威县", "130533"),
    C("5个", 5, "item"),                             # 以上5个县(市、区)
    R("清河县", "130534"), R("临西县", "130535"),
    C("10个", 10, "item"),
    # (80分至89分), (低于80分): scores
    R("巨鹿县", "130529"), R("广宗县", "130531"), R("临城县", "130522"),
    C("3个", 3, "item"),                             # 3个县
    R("临城县", "130522"),
    # 排名第18名: a rank
    C("6个", 6, "item"),                             # 下降6个名次: 6个 touches (as 16个市 → 16个, set 1 call 13)
    # 三、: 一是 二是 三是: enumerators
    C("54个", 54, "item"),
    C("7个", 7, "item"),
    C("8.6项", 8.6, "item"),                         # 平均仅8.6项: an average, still number + classifier
    C("12项", 12, "item"),                           # 低于全省12项: 全省 no name
    # (如8:30-11:30): times; 跑了两趟: 趟 no classifier
    P("5%", 0.05),                                   # 权重占5%
    # 对第1名至第3名的县: ranks (ordinals), not a range of counts
    M("20万元", 200000),                             # 各奖励工作经费20万元
    D("2026年3月31日前", "2026-03-31", qualifier="until"),
    T("3个月", 3, "month"),
    D("2026年", "2026"),                             # (三)2026年,各地…
    C("不少于12项", 12, "item", qualifier="min"),
    C("1次", 1, "time"),                             # 每周至少开展1次: 至少 does not touch (开展 between); 周至 in 每周至少 (西安's 周至县) spans two words
    PH("0319-3136520"),
    R("邢台市", XT, in_org=True),                    # signature
    D("2026年2月2日", "2026-02-02"),
]
