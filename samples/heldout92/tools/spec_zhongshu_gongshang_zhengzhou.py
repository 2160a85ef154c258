from gold_lib import *

ZZ, HN = "410100", "410000"                          # 郑州市, 河南省
SPEC = [
    # 【政策解读】: a label
    R("郑州", ZZ, in_org=True),                      # 郑州人社: the account that published it
    D("2025-07-08", "2025-07-08"),
    # 阅读 1.2万: a counter with no unit
    R("郑州市", ZZ, in_org=True),                    # 郑州市人力资源和社会保障局 (资源 in 人力资源: a word)
    PH("12333"),                                     # …保障局12333热线
    # 一问一答: lone 一; 问1…问6: question labels
    # 4部门: 部门 is not a classifier of the list, nothing
    # GBZ 41-2019: a standard's number (2019 inside it: no date); WBGT指数超过28°C: a temperature
    T("30日", 30, "day"),                            # 30日内: 内 is not a qualifier
    T("1年", 1, "year"),                             # 1年内: 1 is no year (1900–2099)
    T("60日", 60, "day"),
    D("2024年", "2024"),
    R("郑州市", ZZ),                                 # 郑州市共受理…: the city as subject, plain
    C("37件", 37, "item"),
    C("31件", 31, "item"),
    P("83.8%", 0.838),
    P("100%", 1),
    M("每天50元", 50, period="day"),                  # 住院伙食补助费按每天50元
    T("不超过12个月", 12, "month", qualifier="max"),
    # 可延长, 延长期: 延长 is a word here (not 延长县)
    T("不超过12个月", 12, "month", qualifier="max"),   # 最长不超过12个月: 最长 is not on the list, 不超过 touches
    R("郑州市", ZZ),                                 # 郑州市职工医保: a place before a programme
    # 三级医院: a hospital level
    M("900元", 900),                                 # 起付标准为900元: 为 stands between
    P("85%", 0.85),
    M("1000元", 1000),
    P("55%", 0.55),                                  # 55%-65%: every % is its own mention
    P("65%", 0.65),
    D("2024年7月", "2024-07"),
    R("中牟县", "410122"),
    # 一名: lone 一
    T("42岁", 42, "year", age=True),
    T("9天", 9, "day"),
    M("2.35万元", 23500),                             # 共计 is not a qualifier
    M("2.12万元", 21200),
    # 一次性: lone 一
    M("3.6万元", 36000),
    R("河南省", HN, in_title=True),                  # 《河南省高温天气劳动保护办法》
    DR("每年6月1日至9月30日", "--06-01", "--09-30", recurring="yearly"),
    M("每月不低于260元", 260, period="month", qualifier="min"),   # 每人每月不低于260元 (set 1 call 3)
    R("金水区", "410105"),
    R("二七区", "410103"),                            # 二七: part of the district's name, no numbers
    M("10元", 10),                                   # 每天发放防暑补贴10元: 每天 does not touch the amount
    PH("12333"),
    R("郑州市", ZZ, in_org=True),                    # 郑州市工伤保险服务中心
    PH("0371-67181234"),
]
