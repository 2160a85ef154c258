from gold_lib import *

JS, YC, NJ = "320000", "320900", "320100"           # 江苏省, 盐城市, 南京市
DT, JH, TH = "320981", "320925", "320902"           # 东台市, 建湖县, 亭湖区
SPEC = [
    # 保险知识网 > 社会保险 > 医疗保险: breadcrumb, no mentions
    R("江苏盐城", YC),                              # title 2025江苏盐城…: bare year, nothing
    D("2025-05-08", "2025-05-08"),                  # 发布时间 (10:15 nothing); a main article's date: no role (set 1 call 8)
    # 阅读 2.1万: a counter with no unit, nothing
    R("盐城", YC),
    R("盐城", YC),                                  # 盐城参保人: a people of the place, plain
    R("江苏省", JS, in_org=True),                   # 江苏省医疗保障局
    R("盐城市", YC, in_org=True),                   # 盐城市医疗保障局
    D("2025年", "2025"),
    R("盐城市", YC),                                # 盐城市职工医保待遇标准: a place before a programme
    # 一、二、…: section numbers; 一级/二级/三级医疗机构: levels
    M("每年600元", 600, period="year"),
    P("70%", 0.7),
    P("60%", 0.6),
    P("50%", 0.5),
    M("每年400元", 400, period="year"),
    P("10个百分点", 0.1, points=True),
    M("3500元", 3500),
    M("4500元", 4500),
    M("300元", 300),
    M("600元", 600),
    M("900元", 900),
    # 第二次住院, 第三次及以上: ordinals; 减半: no number
    P("85%", 0.85),                                 # 85%~90%: every % is its own mention
    P("90%", 0.9),
    P("3个百分点", 0.03, points=True),
    M("30万元", 300000),                            # 最高支付限额为30万元: 为 stands between
    M("最高40万元", 400000, qualifier="max"),
    M("1.5万元", 15000),
    M("1.5万元", 15000),                            # 1.5万元-5万元(含): a unit on each side → two mentions (set 1 call 4)
    M("5万元", 50000),
    P("60%", 0.6),
    M("5万-10万元", (50000, 100000)),               # one unit at the end: one range mention
    P("70%", 0.7),
    M("10万元以上", 100000, qualifier="min"),
    P("80%", 0.8),
    P("60%", 0.6),
    P("9%", 0.09),
    D("2025年", "2025"),
    M("约523元", 523, qualifier="approx"),          # 每月缴费约523元: 缴费 stands between 每月 and the amount
    T("6个月", 6, "month"),                         # 满6个月后: 满 is not a qualifier, 后 follows 月 (no date)
    T("30年", 30, "year"),                          # 男满30年
    T("25年", 25, "year"),
    R("盐城市", YC),                                # 盐城市医保服务热线: a place before a service (not in_org)
    PH("0515-88398712"),
    PH("12393"),
    R("东台", DT),                                  # short names of county-level units
    R("建湖", JH),
    # 县(市、区): unit words, no place
    # 上一篇/下一篇: links without snippet or date line, part of the main article (set 49 call 6)
    D("2025年", "2025"),
    R("江苏南京", NJ),
    R("盐城亭湖区", TH),                            # a chain: the county
    Article("related-01"),
    R("盐城", YC),
    D("2023年1月1日起", "2023-01-01", qualifier="from"),
    R("盐城", YC),
    # 每人每年最多代缴一次: lone 一
    D("2025-05-06", "2025-05-06", role="pubdate"),
    Article("related-02"),
    D("2025年", "2025"),
    R("江苏省", JS),                                # 江苏省居民医保: a place before a programme
    M("每年不低于420元", 420, period="year", qualifier="min"),
    P("约60%", 0.6, qualifier="approx"),            # 约60%-75%: two % signs → two mentions; 约 touches the first
    P("75%", 0.75),
    P("2%", 0.02),
    P("85%以上", 0.85, qualifier="min"),            # 可达85%以上: 可达 is not a qualifier
    P("近20个百分点", 0.2, points=True, qualifier="approx"),   # 近 is on the shared list
    D("2025-04-28", "2025-04-28", role="pubdate"),
    Article("related-03"),
    # 押金交了1万: 万 with no 元, not money
    R("盐城市", YC, in_org=True),                   # 盐城市第一人民医院
    M("3000-5000元", (3000, 5000)),
    T("7-10天", {"min": 7, "max": 10}, "day"),
    M("约4000元左右", 4000, qualifier="approx"),    # 约 and 左右 both touch; both mean approx
    D("2025-04-20", "2025-04-20", role="pubdate"),
    # footer: 苏ICP备20012345号-2 (a licence number: no 12345 service phone), 苏: one character
]
