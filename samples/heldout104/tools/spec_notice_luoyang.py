from gold_lib import *

LY, HN = "410300", "410000"                         # 洛阳市, 河南省
SPEC = [
    R("洛阳市", LY, in_org=True),                   # 洛阳市卫生健康委员会 (header)
    R("洛阳市", LY, in_org=True),                   # 洛阳市妇女联合会
    D("2025年", "2025"),                            # 关于开展2025年适龄妇女“两癌”…: “两癌” (two cancers) is no count
    # 洛卫妇幼〔2025〕7号: a document number; 县(市、区): no place named
    R("河南省", HN, in_title=True),                 # 《河南省妇女“两癌”筛查项目管理方案(2025年版)》
    D("2025年", "2025"),                            # (2025年版) inside the title: still a date (set 97's 目录(2025年版))
    D("2025年4月1日起", "2025-04-01", qualifier="from"),   # 自…起: 自 outside
    # 一、…六、, (一)(二): section numbers
    R("洛阳市", LY),                                # 洛阳市户籍: a topic, plain
    T("6个月", 6, "month"),                         # 居住满6个月: 满 not a qualifier
    T("35-64周岁", (35, 64), "year", age=True),     # an age range with one unit: one duration
    T("3年", 3, "year"),                            # 每3年筛查一次: 每 outside (as 每2-3天); 一次: lone 一
    D("2022年以来", "2022", qualifier="from"),
    D("2025年", "2025"),
    C("8.6万人", 86000, "person"),
    C("8.2万人", 82000, "person"),
    R("涧西区", "410305"),
    C("6800人", 6800, "person"),
    R("偃师区", "410307"),
    C("9500人", 9500, "person"),
    R("栾川县", "410324"),
    C("4200人", 4200, "person"),
    R("伊川县", "410329"),
    C("1.1万人", 11000, "person"),
    D("2025年10月31日前", "2025-10-31", qualifier="until"),
    P("不低于95%", 0.95, qualifier="min"),
    # TCT, HPV16/18: test names with digits, no counts; BI-RADS分级为4级及以上: a grade (级 no classifier); X线: nothing
    C("9项", 9, "item"),                            # 共计9项
    M("148元", 148),                                # 每人148元: 每 + classifier, no period
    M("96元", 96),
    P("60%", 0.6),
    P("40%", 0.4),
    C("23家", 23, "institution"),
    P("不低于90%", 0.9, qualifier="min"),
    T("15个工作日", 15, "workday"),                 # 15个工作日内: 内 not a qualifier
    R("河南省", HN, in_org=True),                   # “河南省妇幼健康信息系统”: a system's proper name
    D("每月5日前", "---05", relative_to="every_month", qualifier="until"),
    # 上月: no number
    DR("2025年4月1日至10月31日", "2025-04-01", "2025-10-31"),
    D("11月份", "--11"),
    D("2025年11月20日前", "2025-11-20", qualifier="until"),
    PH("0379-63921587"),
    PH("0379-63257710"),
    E("lyfybj@example.cn"),
    R("洛阳市", LY, in_org=True),                   # signature
    R("洛阳市", LY, in_org=True),
    D("2025年3月18日", "2025-03-18"),
]
