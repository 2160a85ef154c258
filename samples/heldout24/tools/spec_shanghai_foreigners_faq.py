from gold_lib import *

SH = "310000"
# English lines (A: …): set 10 call 2 (after set 4 call 16): only the forms of the guidelines count there.
# `Shanghai`, `China`, `2024` (no 年), `128,000`, `700 yuan`, `6 months`, `60 or above`, `1,500 yuan`,
# `5 working days`, `US$2,000` (no 美元), district names in English: no mentions; percents, phones, the e-mail and the URL are.
SPEC = [
    R("上海", SH),                                  # title: 外国人在上海参加医疗保险 (a topic); FAQ line in English: nothing
    R("上海市", SH, in_org=True),                   # 来源:上海市医疗保障局
    D("2025-03-05", "2025-03-05"),
    # 问1 … 问5 (问1: after NFKC): question numbers, nothing
    R("上海", SH),
    R("上海", SH),
    P("9%", 0.09),
    P("2%", 0.02),
    D("2024年底", "2024", qualifier="approx"),
    # 全市: no place; 外籍人员: no place
    C("约12.8万人", 128000, "person", qualifier="approx"),
    # 来沪: 沪 one character
    M("每年2000美元以上", 2000, currency="USD", period="year", qualifier="min"),   # period + amount + qualifier
    P("9%", 0.09),                                  # English line
    P("2%", 0.02),
    # 问2: 外国人永久居留身份证 (no place); 本市: no place
    T("6个月", 6, "month"),                         # 满6个月: 满 is no qualifier
    M("每年700元", 700, period="year"),
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    M("每年595元", 595, period="year"),
    DR("每年9月1日至12月25日", "--09-01", "--12-25", recurring="yearly"),
    # 问3: 一级/三级医疗机构: levels
    M("1500元", 1500),
    P("70%", 0.7),
    P("50%", 0.5),
    M("1200元", 1200),
    P("85%", 0.85),                                 # 85%至92%: two
    P("92%", 0.92),
    P("70%", 0.7),                                  # English line
    P("50%", 0.5),
    P("85%", 0.85),                                 # 85%-92% (two % signs): two
    P("92%", 0.92),
    # 问4: 中国 (no gazetteer unit); 一次性: lone 一
    T("5个工作日", 5, "workday"),
    # 问5
    PH("12393"),
    PH("021-63908888"),
    E("yibao-foreign@example.sh.cn"),
    U("https://ybj.example.sh.cn/en"),
    R("浦东新区", "310115"),
    R("静安区", "310106"),
    R("长宁区", "310105"),                          # 长宁区 (区): 上海's, not 四川's 长宁县
    PH("12393"),                                    # English line
    m("phone", "+86-21-6390 8888", "+862163908888", kind="fixed",
      area_code="021", area_city="上海市"),           # international form (set 10 call 3)
    E("yibao-foreign@example.sh.cn"),
    U("https://ybj.example.sh.cn/en"),              # the sentence's final `.` is not part of the URL
]
