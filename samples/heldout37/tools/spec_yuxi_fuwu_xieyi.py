from gold_lib import *

YX, HT, TH, YN = "530400", "530402", "530423", "530000"   # 玉溪市, 红塔区, 通海县, 云南省
SPEC = [
    R("玉溪市", YX),                                 # title 玉溪市医疗保障定点医疗机构服务协议: a place before a topic (no 《》, no org)
    D("2025年", "2025"),                             # (2025年版)
    # 协议编号 YXYB-DD-2025-0318: an ID, nothing
    R("玉溪市", YX, in_org=True),                    # 甲方:玉溪市医疗保障局
    R("云南省玉溪市红塔区", HT),                     # address chain (county); 抚仙路66号: a road and a house number
    PH("0877-2019635"),
    R("通海县", TH, in_org=True),                    # 乙方:通海县秀山街道社区卫生服务中心 (秀山街道: a street office of 通海, not 重庆's 秀山县: no place, here and below)
    # 执业许可证登记号 PDY45231053042311A1002: a licence number, nothing
    R("玉溪市通海县", TH),                           # address chain; 秀山街道礼乐东路12号: street office, road (乐东 inside 礼乐东路 is no place), house number
    PH("0877-3012746"),
    PH("18708776235"),
    E("tonghai_sq_yb@example.com"),
    # 《中华人民共和国社会保险法》: 共和 inside a longer name; 国家医疗保障局令第2号: a decree number
    R("云南省", YN, in_title=True),                  # 《云南省医疗保障定点医疗机构协议管理实施细则》
    # 第一章 … 第五章, 第一条 … 第十七条: chapter and article numbers, nothing
    C("40张", 40, "piece"),                          # 核定床位40张
    C("2个", 2, "item"),                             # 结算窗口2个
    C("不少于2名", 2, "person", qualifier="min"),
    DR("2025年1月1日至2025年12月31日", "2025-01-01", "2025-12-31"),
    T("1个月", 1, "month"),                          # 协议期满前1个月内: 前 and 内 are no duration qualifiers
    T("1年", 1, "year"),                             # 自动续签1年 (digit 1, set 1 call 13)
    C("2次", 2, "time"),                             # 最多续签2次: 续签 stands between 最多 and the count
    T("24小时", 24, "hour"),
    T("3日", 3, "day"),                              # 入院之日起3日内
    T("不超过8天", 8, "day", qualifier="max"),       # 平均住院日不超过8天
    T("15日", 15, "day"),                            # 出院后15日内
    P("3%以内", 0.03, qualifier="max"),
    P("不低于100%", 1, qualifier="min"),
    P("不超过30%", 0.3, qualifier="max"),
    # (DIP): nothing
    D("2025年度", "2025"),
    M("386.5万元", 3865000),
    P("90%", 0.9),                                   # 每月预拨额为当月应拨付金额的90%: 每月/当月 do not touch; no period for a percent
    D("每月10日前", "---10", relative_to="every_month", qualifier="until"),
    # 上月: no date
    T("20个工作日", 20, "workday"),
    P("5%", 0.05),                                   # 质量保证金
    # 90分及以上, 80分至89分, 80分以下: scores (分), no mentions of any type
    P("80%", 0.8),
    M("200元", 200),                                 # 起付标准为200元
    P("90%", 0.9),
    M("300元", 300),
    P("92%", 0.92),
    # 一个自然年度: lone 一
    M("不超过1200元", 1200, qualifier="max"),        # 累计不超过1200元 (guidelines' own example shape)
    # 第四条至第六条: article numbers
    T("1至3个月", (1, 3), "month"),                  # 限期1至3个月: a range with one unit
    # 1倍至3倍: multiples, nothing (set 4 call 3)
    T("1至6个月", (1, 6), "month"),                  # 暂停 … 1至6个月
    # (一)(二)(三): list numbers
    M("5万元以上", 50000, qualifier="min"),          # 累计达到5万元以上
    T("1年", 1, "year"),                             # 1年内被暂停
    C("2次及以上", 2, "time", qualifier="min"),
    T("3年", 3, "year"),                             # 3年内不得重新申请
    M("1000元以上", 1000, qualifier="min"),          # 违约金为1000元以上5000元以下: two mentions, each with its touching qualifier
    M("5000元以下", 5000, qualifier="max"),
    C("三份", 3, "piece"),                           # 一式三份: 三份 is a number + classifier (一式 is a set phrase)
    # 各执一份, 备案一份: lone 一
    R("云南省", YN, in_org=True),                    # 报云南省医疗保障局备案
    R("玉溪市红塔区", HT, in_org=True),              # 玉溪市红塔区人民法院 (a court)
    D("2025年12月31日止", "2025-12-31", qualifier="until"),   # 有效期至2025年12月31日止: 至 a preposition (set 1 call 15)
    R("玉溪市", YX, in_org=True),                    # 甲方(盖章)
    R("通海县", TH, in_org=True),                    # 乙方(盖章)
    D("2024年12月26日", "2024-12-26"),
    D("2024年12月26日", "2024-12-26"),
]
