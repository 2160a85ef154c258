from gold_lib import *

GS, TS, QA = "620000", "620500", "620522"           # 甘肃省, 天水市, 秦安县
SPEC = [
    # 【村务公开栏】: nothing
    R("秦安县", QA, in_org=True),                   # 秦安县魏店镇王湾村村民委员会: the committee's full name (魏店镇 a town, 王湾村 a village: no places)
    # 王村务公开〔2025〕第2号: a document number
    D("2025年度", "2025"),                          # the notice's own title (no 《》)
    R("秦安县", QA, in_org=True),                   # 秦安县医疗保障局
    R("秦安县", QA, in_org=True),                   # 国家税务总局秦安县税务局
    D("2025年度", "2025"),                          # 我村: no place
    D("2025年度", "2025"),                          # 一、缴费标准
    M("每年400元", 400, period="year"),             # 每人每年400元 (set 1 call 2)
    M("20元", 20),                                  # 比上年提高20元: 上年 no date
    # 特困人员…全额代缴: no amount
    M("200元", 200),                                # 低保户每人代缴200元: 每人 is no period (set 9 call 5)
    M("200元", 200),
    M("100元", 100),
    M("300元", 300),
    # 二、第一村民小组: an ordinal. Table: 序号 1…8 are row numbers (list numbers); the header has no unit,
    # every cell carries its own 人 / 元
    C("5人", 5, "person"), C("5人", 5, "person"), M("2000元", 2000), M("0元", 0),
    C("3人", 3, "person"), C("3人", 3, "person"), M("600元", 600), M("600元", 600),
    C("1人", 1, "person"), C("1人", 1, "person"), M("0元", 0), M("400元", 400),
    C("6人", 6, "person"), C("4人", 4, "person"), M("1600元", 1600), M("0元", 0),
    C("2人", 2, "person"),                          # 2人在外地参加职工医保 (外地: no place)
    C("4人", 4, "person"), C("4人", 4, "person"), M("1600元", 1600), M("0元", 0),
    C("2人", 2, "person"), C("2人", 2, "person"), M("400元", 400), M("400元", 400),
    C("4人", 4, "person"), C("3人", 3, "person"), M("1200元", 1200), M("0元", 0),
    C("1人", 1, "person"),                          # 1人在天水市麦积区参保: digit 1, no lone 一 (set 1 call 13)
    R("天水市麦积区", "620503"),                    # a chain at the district
    C("2人", 2, "person"), C("2人", 2, "person"), M("600元", 600), M("200元", 200),
    # 小计 8户: 户 is not a classifier of the guidelines (like 趟, 对, 轮, 款): no count
    C("27人", 27, "person"), C("24人", 24, "person"), M("8000元", 8000), M("1600元", 1600),
    # 三、第二村民小组共11户: no count (户)
    C("42人", 42, "person"),
    C("39人", 39, "person"),
    M("14,800元", 14800),                           # 合计 is not on the shared list
    M("800元", 800),
    C("69人", 69, "person"),                        # 四、全村户籍人口69人 (全村: no place)
    C("3人", 3, "person"),                          # 等3人外
    C("66人", 66, "person"),
    C("63人", 63, "person"),
    P("95.45%", 0.9545),
    M("22,800元", 22800),
    M("2,400元", 2400),
    M("25,200元", 25200),
    # 五、1.2025年度: the list number 1. is written against the year (set 4 call 19, set 7)
    D("2025年度", "2025", _nb=True),
    DR("2024年9月1日至2025年2月28日", "2024-09-01", "2025-02-28"),
    C("3人", 3, "person"),                          # 尚未缴费的3人
    D("2025年2月28日前", "2025-02-28", qualifier="until"),
    R("甘肃", GS, in_org=True),                     # “甘肃税务”APP (set 1 call 7)
    T("3个月", 3, "month"),                         # 3个月待遇等待期
    # 2.: a list number
    DR("2025年1月6日至1月12日", "2025-01-06", "2025-01-12"),   # the end leaves out the year
    T("7天", 7, "day"),                             # 共7天: 共 is not on the list
    # 3.: a list number; 村文书王某某 / 李某某: people
    PH("139-1938-6620"),                            # a grouped mobile (set 2 call 13)
    PH("18993821457"),
    PH("0938-6591236"),                             # 魏店镇社会保障服务中心: a town's office, no place
    R("秦安县", QA, in_org=True),                   # 秦安县医疗保障局
    PH("(0938)6522076"),                            # parentheses belong to the number (set 1 call 16)
    PH("15349381102"),                              # 村务监督委员会监督电话
    # 王湾村民委员会(章): a village, no place
    D("二〇二五年一月六日", "2025-01-06"),
]
