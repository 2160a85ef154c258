from gold_lib import *

FS, GD = "440600", "440000"                         # 佛山市, 广东省
SPEC = [
    R("广东省", GD),                                # 广东省医疗收费票据: a place before the form's title (a topic)
    # 票据代码:44060125, 票据号码:0012345678: codes, nothing
    T("52岁", 52, "year", age=True),
    R("佛山市", FS),                                # 佛山市职工基本医疗保险: a place before a programme
    # 医保编号:440600*********: an ID number (masked)
    D("2025年06月18日", "2025-06-18"),
    # 业务流水号:2025061800123: a serial number
    R("佛山市", FS, in_org=True),                   # 佛山市第一人民医院
    # 金额(元): a unit with no number
    M("1,286.50元", 1286.5),                        # 1，286.50元
    M("420.00元", 420),
    M("236.00元", 236),                             # 𝟐𝟑𝟔.𝟎𝟎元
    M("10.50元", 10.5),
    M("1953.00元", 1953),
    M("1 172.00元", 1172),                          # space-grouped thousands with decimals (call 7)
    M("300.00元", 300),
    M("481.00元", 481),
    P("6成", 0.6),
    M("2,340元", 2340),
    M("2 660元", 2660),
    C("3种", 3, "kind"),                            # 处方:共开具药品3种
    C("2项", 2, "item"),
    C("4项", 4, "item"),
    T("7天", 7, "day"),                             # 口服药物7天
    T("7天", 7, "day"),                             # 7天后复查: like 30日后 → 30日
    D("2025-06-18", "2025-06-18"),                  # 开票日期; 16:42:09 a time
    # 校验码 8F3A 21C9 770B: a code, nothing
    PH("0757-83381234"),
    R("广东省", GD, in_org=True),                   # 广东省财政电子票据查验平台: a platform's name
    U("https://pjcy.example.gov.cn/check"),
]
