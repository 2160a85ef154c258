from gold_lib import *

MT = "520328"                                       # 湄潭县 (遵义市, 贵州省)
SPEC = [
    R("湄潭县", MT, in_org=True),                   # 【湄潭县广播电视台·乡村大喇叭】: a broadcaster's name (set 7)
    D("2025年6月12日", "2025-06-12"),               # 播出时间; 18:30 a time of day
    R("湄潭县", MT, in_org=True),                   # 撰稿:湄潭县医疗保障局; 兴隆镇文艺队: a township (no place)
    # (甲、乙、丙、丁): the performers' labels
    C("四人", 4, "person"),                         # (锣鼓点起,四人上场)
    # 一敲: lone 一; 咚咚锵: no number
    C("四个", 4, "item"),                           # 我们四个来登场: 四 + 个 touching (guidelines: 三个 → 3 item)
    D("二〇二五年", "2025"),                        # 二〇二五年参保费
    M("每年四百块", 400, period="year"),            # 每人每年四百块 (set 1 call 2: 每人 outside)
    D("九月一号开始", "--09-01", qualifier="from"), # 号 for 日 (guidelines: 当月25号); 开始 touches
    D("十二月底前", "--12", qualifier="until"),     # 底前 → until
    # 有几成: 几 is no numeral (guidelines: 几个)
    P("九成", 0.9), P("八成", 0.8),
    P("六成", 0.6), P("七成", 0.7),                 # 六成到七成: two percents (set 10: 两成到三成)
    # 看级别 (级别: no number); 乡里一百县里三百: numbers with no unit (guidelines): nothing
    M("超过一万二千元", 12000, qualifier="min"),
    P("六成", 0.6),                                 # 再报六成
    P("百分之百", 1),                               # 特困人员百分之百 (百分之一百: 100/100)
    P("百分之七十五", 0.75),
    P("百分之七十", 0.7),
    M("八万元", 80000),                             # 年度限额八万元: 限额 is not on the list
    M("每年一千二百元", 1200, period="year"),
    M("每年一千五百元", 1500, period="year"),
    T("六十五岁以上", 65, "year", age=True, qualifier="min"),
    T("九十天", 90, "day"),                         # 出院九十天内: 内 outside
    C("十五个", 15, "item"),                        # 全县十五个乡镇; 全县 no place
    PH("12393"),                                    # 12393记心上 (the line before says 医保热线 without a number)
    # 湄潭医保为人民: 湄潭 before 医保 in a slogan, a topic (set 1 call 7: topics are not in_org), no quotes
    R("湄潭", MT),
    # (齐): a stage direction
    R("湄潭县", MT, in_org=True), R("湄潭县", MT, in_org=True),   # 湄潭县医疗保障局、湄潭县融媒体中心
    D("2025年", "2025"),                            # 2025年共播出24期: 期 is no classifier (an issue number): nothing
]
