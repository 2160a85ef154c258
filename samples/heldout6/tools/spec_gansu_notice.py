from gold_lib import *

GS, LX, GN = "620000", "622900", "623000"          # 甘肃省, 临夏回族自治州, 甘南藏族自治州
SPEC = [
    R("甘肃省", GS, in_org=True),                   # title: 甘肃省医疗保障局关于… (no 《》: in_org only)
    D("2025年", "2025"),
    # “双通道” (×9 on the page): 通道 is a common word (the guidelines' example), no place
    # 甘医保发〔2025〕41号: a document number (甘: one-character abbreviation); 各市(州): no place
    # 《国家医保局 财政部关于…意见》: no place
    R("甘肃省", GS, in_title=True),                 # 《甘肃省门诊慢特病管理办法》: a place before a topic, no org
    D("2025年", "2025"),
    # 一、二、… and (一)(二)…: section numbers
    D("2024年", "2024"),
    # 全省, 较上年: no place, no date
    C("386.5万人次", 3865000, "person"),
    M("21.37亿元", 2137000000),
    P("12.6%", 0.126),
    C("4.2万人", 42000, "person"),
    M("约3.6亿元", 360000000, qualifier="approx"),
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    C("47种", 47, "kind"),
    C("52种", 52, "kind"),                          # 增加至52种: 至 is no qualifier
    C("5种", 5, "kind"),
    DR("每月1-10日", "---01", "---10", recurring="monthly"),
    T("15个工作日", 15, "workday"),                 # 15个工作日内: 内 is not on the list
    T("2年", 2, "year"),                            # 认定有效期为2年
    P("65%", 0.65),
    P("80%", 0.8),
    M("每年300元", 300, period="year"),             # 起付标准为每年300元
    P("85%", 0.85),
    P("5个百分点", 0.05, points=True),
    C("三类", 3, "kind"),                           # 病种分为三类 (set 3's chronic_list: 分为三类)
    # 第一类/第二类/第三类病种: ordinals
    M("每年最高8000元", 8000, period="year", qualifier="max"),    # 每人 outside (set 1 calls 2, 3)
    M("每年最高2万元", 20000, period="year", qualifier="max"),
    # 年度最高支付限额: no number
    # 我省: no place
    C("312种", 312, "kind"),
    C("46种", 46, "kind"),
    C("1名以上", 1, "person", qualifier="min"),     # digit 1 is no lone 一 (set 1 call 13)
    C("不少于2家", 2, "institution", qualifier="min"),
    R("临夏州", LX),                                # short form with 州 (set 2 call 3: 恩施州)
    R("甘南州", GN),
    C("1家", 1, "institution"),
    T("不超过3天", 3, "day", qualifier="max"),
    T("12周", 12, "week"),                          # 延长至12周: 至 is no qualifier; 延长 is a verb, not 延长县 (陕西)
    P("70%", 0.7),
    M("不超过30万元", 300000, qualifier="max"),     # 年度累计不超过30万元 (累计 outside, guidelines)
    R("临夏回族自治州临夏县", "622921"),            # one chain, the county
    R("东乡族自治县", "622926"),
    R("甘南藏族自治州夏河县", "623027"),
    R("合作市", "623001"),                          # with its suffix: the county-level city (合作 alone is a word)
    T("6个月", 6, "month"),
    D("2025年6月20日前", "2025-06-20", qualifier="until"),
    D("2025年9月30日前", "2025-09-30", qualifier="until"),
    # 省医疗保障局医药服务管理处: no place name; 王某, 马某: people
    PH("0931-8276315"),
    PH("0931-8276342"),
    E("gsybj_yyc@example.gov.cn"),
    PH("12393"),
    # 附件 1. 2. 3.: list numbers; names in the list are annotated like any text (set 4 call 19)
    R("甘肃省", GS),                                # 1.甘肃省门诊慢特病病种目录: a place before a topic
    R("甘肃省", GS),                                # 2.甘肃省“双通道”药品定点零售药店名单
    R("临夏回族自治州", LX),                        # 3.临夏回族自治州、甘南藏族自治州“双通道”药店布局表
    R("甘南藏族自治州", GN),
    R("甘肃省", GS, in_org=True),                   # signature 甘肃省医疗保障局
    D("2025年5月28日", "2025-05-28"),
    # 抄送: 国家医疗保障局…: no place
    R("甘肃省", GS, in_org=True),                   # 甘肃省财政厅
    R("甘肃省", GS, in_org=True),                   # 甘肃省卫生健康委员会
    R("甘肃省", GS, in_org=True),                   # 甘肃省医疗保障局办公室
    D("2025年5月29日", "2025-05-29"),               # …印发: 印发 is no qualifier
]
