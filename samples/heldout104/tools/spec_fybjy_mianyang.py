from gold_lib import *

MY, FC = "510700", "510703"                         # 绵阳市, 涪城区
JY, YX = "510781", "510704"                         # 江油市, 游仙区
SPEC = [
    R("绵阳市", MY, in_org=True),                   # 绵阳市妇幼保健院 (title); “两癌”: no count
    D("2025-05-12", "2025-05-12"),
    R("绵阳市", MY, in_org=True),                   # 来源:绵阳市妇幼保健院妇女保健部; 浏览量:2361 a bare number
    R("四川省绵阳市涪城区", FC),                    # 我院(…): an address in brackets after a pronoun, not after a name: plain
    R("绵阳市", MY),                                # 绵阳市户籍: plain
    T("35-64周岁", (35, 64), "year", age=True),
    # 一、…四、 and 1.…4.: list numbers
    PH("0816-2236578"),                             # 8:00-17:30: a time
    R("绵阳", MY, in_org=True),                     # “绵阳妇幼”小程序: an app's name
    T("7天", 7, "day"),                             # 未来7天内: 内 not a qualifier
    # 门诊楼3楼: a floor number; 周一至周五, 8:00-12:00, 14:00-17:30: days of the week and times
    C("14种", 14, "kind"),                          # (14种分型)
    M("260元", 260),
    P("10%", 0.1),                                  # 乙类,自付10%: 乙类 no number
    # HPV16/18分型检测: a test's name, no count
    M("120元", 120),
    P("10%", 0.1),
    # (TCT), 甲类: nothing
    M("180元", 180),
    M("150元", 150),
    C("4项", 4, "item"),                            # 含以上4项
    M("598元", 598),
    M("112元", 112),                                # 优惠<strong>112</strong>元
    R("绵阳市", MY),                                # 绵阳市职工医保: a programme, plain
    M("最高2000元", 2000, qualifier="max"),         # 年度最高<b>2000</b>元
    T("3天", 3, "day"),                             # 检查前3天内
    T("3-7天", (3, 7), "day"),                      # 月经干净后3-7天
    T("5个工作日", 5, "workday"),
    T("约7天", 7, "day", qualifier="approx"),
    T("42天", 42, "day"),                           # 产后42天
    R("江油市", JY),
    R("游仙区", YX),
    R("江油市", JY, in_org=True),                   # 江油市妇幼保健院
    R("游仙区", YX, in_org=True),                   # 游仙区妇幼保健院
    R("绵阳市涪城区", FC),                          # address chain; 临园路东段58号 a road and number; 邮编:621000 a postcode
    E("mywomen@example.com"),
    U("https://www.myfy.example.com.cn/lagc"),
]
