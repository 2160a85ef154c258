from gold_lib import *

FS, GD = "440600", "440000"                         # 佛山市, 广东省
SPEC = [
    R("佛山市", FS, in_org=True),                   # 国家税务总局佛山市税务局 (site header)
    # 首页 > 纳税缴费服务 > …: breadcrumb, nothing
    R("佛山市", FS),                                # 佛山市灵活就业人员…缴费指南: a place before a topic (no 《》: no in_title)
    D("2025年度", "2025"),
    D("2025-07-02", "2025-07-02"),
    R("佛山市", FS, in_org=True),                   # 来源:国家税务总局佛山市税务局
    # 浏览次数:2864: a counter, no unit; 一、…七、 and (一)…(四), 1.…4.: list numbers; 本市: no place
    T("16周岁", 16, "year", age=True),              # 年满16周岁: 满 outside
    P("60%", 0.6),                                  # 60%至300%: every % its own mention
    P("300%", 3.0),
    DR("2025年7月1日至2026年6月30日", "2025-07-01", "2026-06-30"),
    M("5509.26元/月", 5509.26, period="month"),
    M("27546.30元/月", 27546.3, period="month"),
    P("9.5%", 0.095),
    P("0.5%", 0.005),
    M("523.38元", 523.38),                          # 每月应缴523.38元: 每月 does not touch (应缴 between)
    M("2616.90元", 2616.9),
    P("8%", 0.08),
    M("440.74元", 440.74),                          # 按下限缴费的每月应缴440.74元
    # 按月、按季或按年: no numbers, nothing; 当年度: no date
    DR("每月1日至25日", "---01", "---25", recurring="monthly"),
    # 当月费用: no date (no day)
    D("每月20日", "---20", relative_to="every_month"),   # 银行于每月20日统一划扣
    M("每季度1570.14元", 1570.14, period="quarter"),
    P("9.5%", 0.095),
    # 每季度第一个月: an ordinal (第一), nothing
    M("每年6280.56元", 6280.56, period="year"),
    DR("每年7月1日至12月25日", "--07-01", "--12-25", recurring="yearly"),   # 一次性: a lone 一
    # “粤税通”: 粤 is a one-character abbreviation, no place
    R("佛山", FS, in_org=True),                     # 佛山农商银行: a bank
    R("佛山", FS, in_org=True),                     # 中国工商银行佛山分行: a bank's branch
    C("13家", 13, "institution"),                   # 13家合作银行 (合作: no place)
    R("广东省", GD, in_org=True),                   # 广东省电子税务局
    R("广东", GD, in_org=True),                     # “广东税务”微信公众号: an account
    R("禅城区", "440604", in_org=True),             # five districts before one shared office word 办税服务厅 (set 7)
    R("南海区", "440605", in_org=True),
    R("顺德区", "440606", in_org=True),
    R("高明区", "440608", in_org=True),
    R("三水区", "440607", in_org=True),
    T("超过3个月", 3, "month", qualifier="min"),    # 中断缴费超过3个月: 超过 is on the shared list
    # 次月起: no number, no date
    T("6个月", 6, "month"),                         # 连续缴费满6个月后: 满 is not on the list; 后 is no duration qualifier
    T("25年", 25, "year"),                          # 男满25年
    T("20年", 20, "year"),
    T("不少于10年", 10, "year", qualifier="min"),
    D("当月25日后", "---25", relative_to="current_month", qualifier="from"),
    # 次月费用: no date
    m("phone", "12366", "12366", kind="service"),   # 12366 tax hotline: a short service number, as written (call 1)
    R("佛山市", FS, in_org=True),                   # 佛山市医疗保障局咨询电话
    PH("0757-83035611"),
    PH("12345"),
    # 8:30-12:00,14:00-17:30: times of day
    R("佛山市", FS, in_org=True),                   # signature
    D("2025年7月2日", "2025-07-02"),
]
