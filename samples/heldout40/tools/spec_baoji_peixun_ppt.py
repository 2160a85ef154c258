from gold_lib import *

BJ = "610300"                                       # 宝鸡市
SPEC = [
    # 幻灯片 1 … 幻灯片 8: slide numbers (positions, like set 29's page counter): nothing
    R("宝鸡市", BJ),                                # 宝鸡市定点零售药店医保政策培训: a place before a topic
    # 市医保中心: 市 alone
    D("2025年11月", "2025-11"),                     # 2025年11月 · 宝鸡
    R("宝鸡", BJ),
    # 目录 01 … 04, and the section heads 01 门诊统筹政策 … 04 答疑: section numbers (list numbers), nothing
    C("386家", 386, "institution"),                 # 全市已有386家
    D("2025年10月31日", "2025-10-31"),              # (截至2025年10月31日)
    M("每年200元", 200, period="year"),
    P("50%", 0.5),
    M("每年最高500元", 500, period="year", qualifier="max"),   # 每人每年最高500元: period and qualifier (set 1 call 3)
    T("3天", 3, "day"),
    T("不超过7天", 7, "day", qualifier="max"),      # 最长不超过7天: 最长 is not on the list; 不超过 touches
    # 备注: a speaker note (ordinary text of the slide); 自然年度: no date
    P("5个百分点", 0.05, points=True),
    P("55%", 0.55),
    R("陕西", "610000", in_org=True),               # "陕西医保"APP
    DR("2025年1-10月", "2025-01", "2025-10"),
    C("41.6万人次", 416000, "person"),
    M("2873.5万元", 28735000),
    M("约69元", 69, qualifier="approx"),            # 次均费用: 次均 is no period word
    D("2024年", "2024"),                            # 较2024年同期
    P("37%", 0.37),
    M("超过1000元", 1000, qualifier="min"),         # 单次刷卡超过1000元: 单次 is no period
    M("不超过30元", 30, qualifier="max"),           # 每剂不超过30元: 每 + a classifier is no period (set 23 call 7)
    R("金台区", "610303"),                          # 金台区一家药店: a place before a counted body (not in_org); 一家: lone 一
    # 3倍罚款, 1倍以上5倍以下: 倍 is no unit (set 4's 2倍): nothing, and 以上/以下 touch no mention
    T("1至6个月", (1, 6), "month"),                 # 暂停医保结算:1至6个月: one range with one unit (guidelines: 1到3个月)
    D("2025年以来", "2025", qualifier="from"),
    C("27家", 27, "institution"),
    M("186.2万元", 1862000),
    R("渭滨区", "610302"),                          # 渭滨区某大药房: 某 names no body
    M("3.6万元", 36000),
    T("3个月", 3, "month"),
    R("陕西省", "610000", in_title=True),           # 《陕西省定点零售药店医疗保障管理办法》
    R("宝鸡市", BJ, in_title=True),                 # 《宝鸡市门诊共济保障实施细则》
    # 宝医保发〔2023〕15号: a document number
    PH("0917-3265108"),                             # (市医保中心稽核科) after it
    PH("12393"),
    U("www.bjyb.example.gov.cn/px"),
    # 80分及格: a score (guidelines: 200分), nothing
    T("20分钟", 20, "minute"),                      # 限时20分钟: 限时 is no qualifier
    R("宝鸡市", BJ, in_org=True),                   # 宝鸡市医疗保障局
    D("2025年11月", "2025-11"),
]
