from gold_lib import *

JX, NC, GZ, JJ = "360000", "360100", "360700", "360400"   # 江西省, 南昌市, 赣州市, 九江市
SPEC = [
    R("江西省", JX, in_org=True),                   # title: 江西省医疗保障局关于…的通知 (an office issuing it)
    # 赣医保发〔2025〕9号: document number; 赣: one-character abbreviation
    # 赣江新区社会发展局: 赣江新区 is a state-level new area, not a GB/T 2260 unit: nothing
    C("12项", 12, "item"),
    C("12项", 12, "item"),                          # (一)纳入支付的项目共12项: (一) a list marker
    # 第一代、第二代、第三代试管婴儿技术: ordinals (generations), no counts
    R("江西省", JX, in_title=True),                 # 《江西省医疗服务价格项目目录(2025年版)》: a catalogue, not an org
    D("2025年", "2025"),                            # (2025年版): a year with 年 is a date, also inside a title
    M("每次2600元", 2600, period="time"),
    M("每次1800元", 1800, period="time"),
    M("每次1500元", 1500, period="time"),
    M("每年500元", 500, period="year"),             # 每胚每年500元: 每胚 (每 + classifier-like noun) is no period; 每年 touches
    P("70%", 0.7),                                  # 按70%的比例支付: 报销比例
    C("2次", 2, "time"),                            # 各限支付2次: 限 is not on the qualifier list
    C("不超过4次", 4, "time", qualifier="max"),
    T("20周岁", 20, "year", age=True),              # 20周岁至45周岁之间(含): the unit twice → two mentions (set 87 call 7)
    T("45周岁", 45, "year", age=True),
    # 不超过2枚: 枚 is not a classifier (set on herbs: 大枣3枚) → nothing
    T("35周岁以上", 35, "year", age=True, qualifier="min"),
    C("2次及以上", 2, "time", qualifier="min"),
    C("2个", 2, "item"),                            # 可移植2个胚胎: an embryo count with 个
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    D("2027年6月30日", "2027-06-30"),               # 有效期至2027年6月30日: 至 a preposition, a single date
    D("2025年7月1日前", "2025-07-01", qualifier="until"),
    C("17家", 17, "institution"),
    R("南昌市", NC),                                # 南昌市9家: a place before a counted institution, plain
    C("9家", 9, "institution"),
    R("赣州市", GZ),
    C("3家", 3, "institution"),
    R("九江市", JJ),
    C("2家", 2, "institution"),
    T("30个工作日", 30, "workday"),                 # 30个工作日内: 内 is not on the list
    R("江西省", JX, in_org=True),                   # 江西省妇幼保健院生殖中心
    R("南昌", NC, in_org=True),                     # 南昌大学第一附属医院生殖医学中心 (第一: ordinal)
    R("赣州市", GZ, in_org=True),                   # 赣州市妇幼保健院
    C("约1.2万人次", 12000, "person", qualifier="approx"),   # 每年约1.2万人次: 每年 is no period for counts
    M("约8600万元", 86000000, qualifier="approx"),
    R("江西省", JX, in_org=True),                   # 江西省医疗保障局待遇保障处
    PH("0791-86287312"),
    PH("12393"),
    E("jxybdybz@example.gov.cn"),
    R("江西省", JX, in_org=True),                   # signature
    D("2025年6月12日", "2025-06-12"),
]
