from gold_lib import *

HF, AH = "340100", "340000"                         # 合肥市, 安徽省
SPEC = [
    R("合肥市", HF, in_org=True),                   # title: 合肥市疾病预防控制中心 (the issuing body)
    D("2025年度", "2025"),
    D("2025-09-02", "2025-09-02"),                  # 发布时间: the time 10:30 is nothing
    R("合肥市", HF, in_org=True),                   # 来源:合肥市疾病预防控制中心
    # 浏览次数:3187: a counter, no unit; 各县(市)区疾控中心: no named place
    R("安徽省", AH, in_title=True),                 # 《安徽省…工作方案》: a programme, not an organisation
    # 皖卫疾控〔2025〕21号: a document number; 我市: no place
    D("2025年度", "2025"),
    DR("2011年9月1日至2012年8月31日", "2011-09-01", "2012-08-31"),
    R("合肥市", HF),                                # 合肥市户籍: a topic
    R("合肥市", HF),                                # 在合肥市就读
    T("13-14周岁", (13, 14), "year", age=True),
    C("约4.2万人", 42000, "person", qualifier="approx"),
    # 双价 (价 no classifier); 两剂次 (剂 no classifier, set 75 call 4)
    T("6个月", 6, "month"),                         # 两剂间隔6个月
    # (第0、6个月): the schedule's months named by 第: ordinals, nothing (call 1)
    # 第1剂, 第2剂: ordinals
    DR("2025年9月15日至11月30日", "2025-09-15", "2025-11-30"),
    DR("2026年3月至5月", "2026-03", "2026-05"),
    # 批号202501A03: a batch number, no date (no 年/月) and no unit (call 2)
    D("2027年2月", "2027-02"),                      # 有效期至2027年2月: 至 a preposition
    T("15周岁及以上", 15, "year", age=True, qualifier="min"),
    # 3剂程序: 剂 no classifier; (第0、1、6个月): ordinals (call 1)
    M("1860万元", 18600000),
    M("约220元", 220, qualifier="approx"),          # 每剂次约220元: 每 + classifier, no period
    # 九价: 价 no classifier
    M("1318元", 1318),                              # 每剂1318元: no period
    # (一) (二) (三): list numbers
    # 每周至少: 周至 (周至县, 西安) is part of 每周至少, no place
    C("2次", 2, "time"),                            # 每周至少安排2次: 安排 between 至少 and the count; 每周 is a period word for money only
    T("30分钟", 30, "minute"),
    R("庐阳区", "340103"),
    R("蜀山区", "340104"),
    R("包河区", "340111"),
    R("瑶海区", "340102"),
    R("肥西县", "340123"),
    R("长丰县", "340121"),
    R("巢湖市", "340181"),
    C("12个", 12, "item"),                          # 12个县(市)区
    D("2025年11月30日前", "2025-11-30", qualifier="until"),
    P("不低于90%", 0.9, qualifier="min"),
    T("48小时", 48, "hour"),                        # 48小时内: 内 is not on the list
    PH("0551-63652187"),
    E("hpv_hf@example.com"),
    U("https://www.hfcdc.example.com/hpv2025"),     # 2025 inside the URL: nothing
    # 附件:1.: a list number
    R("合肥市", HF),                                # 合肥市各县(市)区接种门诊名单: a place before a list (topic)
    C("126家", 126, "institution"),
    R("合肥市", HF, in_org=True),                   # signature
    D("2025年9月1日", "2025-09-01"),
]
