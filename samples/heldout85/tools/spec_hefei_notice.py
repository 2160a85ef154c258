from gold_lib import *

HF, AH = "340100", "340000"                         # 合肥市, 安徽省
SPEC = [
    R("合肥市", HF, in_org=True),                   # 合肥市医疗保障局 (title)
    # 合医保发〔2025〕21号: a document number; 各县(市)区: no place
    R("安徽省", AH, in_org=True, in_title=True),    # 《安徽省医疗保障局关于…》
    # 一、 (一): section numbers
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    # 我市: no place
    M("每次不超过25元", 25, period="time", qualifier="max"),   # 三级医院: a grade
    M("每次不超过15元", 15, period="time", qualifier="max"),   # 二级及以下医院: a level
    M("每年800元", 800, period="year"),
    M("600元", 600),
    P("60%", 0.6),
    P("70%", 0.7),
    M("4000元", 4000),                              # 年度最高支付限额4000元: 最高 does not touch
    M("200元", 200),
    P("55%", 0.55),
    P("5个百分点", 0.05, points=True),              # 一级及以下医疗机构: a level
    P("80%", 0.8),                                  # 不超过该病种年度限额的80%: 不超过 does not touch
    T("不超过7日", 7, "day", qualifier="max"),
    T("不超过12周", 12, "week", qualifier="max"),
    T("15个工作日", 15, "workday"),                 # 15个工作日内
    T("3个月", 3, "month"),                         # 3个月至6个月: two units, two durations
    T("6个月", 6, "month"),
    DR("2025年7月1日至2027年6月30日", "2025-07-01", "2027-06-30"),
    C("17家", 17, "institution"),
    R("安徽", AH, in_org=True),                     # 安徽医科大学第一附属医院
    R("合肥市", HF, in_org=True),                   # 合肥市第二人民医院 (第二: an ordinal; 二人 no count)
    C("6家", 6, "institution"),
    D("2025年6月", "2025-06"),
    C("2.3万人次", 23000, "person"),
    R("蜀山区", "340104", in_org=True),             # four units before one shared office word: 医保分局
    R("包河区", "340111", in_org=True),
    R("肥西县", "340123", in_org=True),
    R("长丰县", "340121", in_org=True),
    PH("0551-63537890"),
    PH("12393"),
    # 附件:1.: a list number
    R("合肥市", HF),                                # 合肥市“互联网+”复诊服务…名单: a place before a topic; (第一批) an ordinal
    R("合肥市", HF, in_org=True),                   # signature
    D("2025年6月20日", "2025-06-20"),
]
