from gold_lib import *

YT, SD = "370600", "370000"                         # 烟台市, 山东省
SPEC = [
    R("烟台市", YT),                                # the rules' heading alone on a line: a place before a programme (set 48 call 6)
    D("2025年5月16日", "2025-05-16"),
    R("烟台市", YT, in_org=True),                   # 烟台市人民政府令第168号: the government; 第168号 a document number
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    # 第一章 … 第六章, 第一条 … 第三十七条: nothing
    # 《中华人民共和国社会保险法》: 共和 inside 中华人民共和国, nothing
    R("山东省", SD, in_title=True),                 # 《山东省职工基本医疗保险办法》
    R("芝罘区", "370602"),
    R("福山区", "370611"),
    R("莱山区", "370613"),
    R("牟平区", "370612"),
    R("蓬莱区", "370614"),
    R("龙口市", "370681"),
    P("7.5%", 0.075),
    P("2%", 0.02),
    T("25年", 25, "year"),                          # 男满25年: 满 is no list word
    T("20年", 20, "year"),
    T("不少于10年", 10, "year", qualifier="min"),
    T("超过3个月", 3, "month", qualifier="min"),    # 超过 is on the shared list
    T("6个月", 6, "month"),                         # 6个月待遇等待期
    T("4年", 4, "year"),                            # 满4年后: 满 and 后 outside (set 32 call 8: 满4年以后 → 4年)
    T("1个月", 1, "month"),                         # 减少1个月: the digit 1 is no lone 一
    # 一个自然年度: lone 一. 一级及以下/二级/三级医疗机构: hospital levels, nothing (flattened table rows below too)
    M("200元", 200),
    P("95%", 0.95),
    P("97%", 0.97),
    M("500元", 500),
    P("90%", 0.9),
    P("93%", 0.93),
    M("800元", 800),
    P("85%", 0.85),
    P("88%", 0.88),
    # 第二次及以后住院: an ordinal (及以后 touches no number)
    P("50%", 0.5),
    T("70周岁以上", 70, "year", age=True, qualifier="min"),   # 年满70周岁以上
    P("2个百分点", 0.02, points=True),
    P("不超过97%", 0.97, qualifier="max"),
    D("2025年度", "2025"),
    M("40万元", 400000),                            # 2025年度为40万元: 为 between
    D("2026年度", "2026"),
    M("45万元", 450000),
    D("2027年度起", "2027", qualifier="from"),
    M("50万元", 500000),
    # 超过最高支付限额以上的部分: no number
    P("90%", 0.9),
    M("不超过60万元", 600000, qualifier="max"),
    M("每年800元", 800, period="year"),             # 起付标准每年800元
    P("50%", 0.5),
    P("60%", 0.6),
    M("3000元", 3000),                              # 年度支付限额3000元、3500元: 年度 is no period word
    M("3500元", 3500),
    M("每床日60元以内", 60, period="day", qualifier="max"),   # guidelines: 每床日60元 → day; 以内 touches
    P("2%", 0.02),
    M("每月110元", 110, period="month"),
    # 第二十条 至 第三十五条(略); 本办法第十五条、第十六条: nothing
    DR("每年1月1日至12月31日", "--01-01", "--12-31", recurring="yearly"),
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    D("2030年6月30日", "2030-06-30"),               # 有效期至2030年6月30日: 至 a preposition (set 48 call 5)
    D("2020年3月20日", "2020-03-20"),
    R("烟台市", YT, in_title=True),                 # 《烟台市职工基本医疗保险实施办法》
    # 烟政发〔2020〕8号: a document number
    PH("0535-6612345"),
    R("烟台市", YT, in_org=True),                   # (烟台市医疗保障局待遇保障科)
    PH("12345"),
]
