from gold_lib import *

NJ, JS = "320100", "320000"                       # 南京市, 江苏省
JN, PK, LH = "320115", "320111", "320116"         # 江宁区, 浦口区, 六合区
SPEC = [
    # AI助手 · 回答: chrome, nothing
    R("南京", NJ),                                  # the question: a place before a topic
    D("2025年", "2025"),
    # 一年交多少钱: lone 一, nothing
    # ## 一、: a Markdown heading mark and a section number, nothing
    D("2025年度", "2025"),
    R("南京市", NJ, in_org=True),                   # 南京市医疗保障局
    # [1]: a citation mark, nothing (call 1)
    D("2025年度", "2025"),
    R("南京", NJ),                                  # 南京城乡居民基本医疗保险: a programme
    # 1. 2. 3.: list numbers
    M("每年490元", 490, period="year"),             # **每人每年490元**: bold around the whole phrase, 每年 touches
    M("380元", 380),                                # 每人每年**380元**: the ** stand between 每年 and the amount (call 2)
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    M("455元", 455),
    # [2]: citation mark
    DR("2024年9月1日至12月31日", "2024-09-01", "2024-12-31"),
    T("3个月", 3, "month"),                         # 等待**3个月**后: 后 is no qualifier of a duration
    # ## 二、: heading; 一个医保年度: lone 一
    R("南京市", NJ),                                # 南京市内定点医院: a place before a topic (内 not part of it)
    # [1][3]: citation marks; | --- | rows: markup; 一级/二级/三级: hospital levels
    M("300元", 300), P("90%", 0.9),
    M("600元", 600), P("80%", 0.8),
    M("900元", 900), P("70%", 0.7),
    M("1500元", 1500), P("55%", 0.55),
    M("30万元", 300000),                            # 年度最高支付限额为**30万元**: 最高 does not touch
    P("50%", 0.5), P("70%", 0.7),                   # **50%-70%**: every % is its own mention
    # 第二次: ordinal; 首次: nothing
    P("50%", 0.5),
    P("5个百分点", 0.05, points=True),
    # 举个例子: 个 without a number
    M("2万元", 20000),
    # (20000-900): bare operands, no range (set 20 call 3); 约 does not touch 13370元 (the formula stands between)
    P("70%", 0.7),
    M("13370元", 13370),                            # ≈**13370元**: ≈ is not a qualifier word (call 3)
    # [3]: citation
    R("南京", NJ, in_org=True),                     # "我的南京"APP: an app's name
    R("江苏", JS, in_org=True),                     # "江苏税务"微信小程序
    # [2]; 社区(村): nothing
    R("江宁区", JN), R("浦口区", PK), R("六合区", LH),   # 也可在街道社保所缴纳: the places themselves, not in_org
    PH("025-83456721"),
    PH("12393"),
    # ## 四、; ❗: emoji bullets
    R("南京", NJ),                                  # 在南京参加职工医保: plain
    T("90天", 90, "day"),                           # **90天内**: 内 is not a qualifier
    R("南京市", NJ, in_org=True),                   # 免责声明 … 南京市医疗保障局官方发布
    D("2025-01-06", "2025-01-06"),                  # 本回答生成于2025-01-06 10:42: the time is nothing
    # 参考来源 [1] [2] [3]: citation numbers (call 1)
    R("南京市", NJ, in_org=True),                   # [1] 南京市医疗保障局:
    D("2025年度", "2025"),                          # a notice's title without 《》: a plain date
    U("https://ybj.nanjing.example.gov.cn/tzgg/2024/0826/417.html"),   # numbers inside the URL: nothing
    R("江苏", JS, in_org=True),                     # [2] 江苏税务
    U("https://jiangsu.chinatax.example.com/art/2024/9/2/art_8891.html"),
    R("南京", NJ, in_org=True),                     # [3] 南京日报: a newspaper
    D("2024-11-18", "2024-11-18"),                  # a citation's date: a plain date, no role (no related-item line)
    U("www.njdaily.example.cn/news/20241118/5521.shtml"),
    # 👍 3.6k 👎 12: vote counters, no unit (3.6k: shorthand, set 44 call 1)
]
