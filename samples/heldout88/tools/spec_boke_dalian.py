from gold_lib import *

DL, LN = "210200", "210000"                        # 大连市, 辽宁省
SPEC = [
    R("大连", DL),                                  # title: 在大连种牙
    T("7个月", 7, "month"),
    D("2025-10-08", "2025-10-08"),                  # 21:36: a time
    R("辽宁", LN),                                  # IP属地:辽宁
    # 36号牙: a tooth number, nothing
    T("半年", 0.5, "year"),
    D("3月", "--03"),                               # 今年3月: 今年 is no date of its own
    R("大连", DL),
    D("2025年3月2日", "2025-03-02"),
    R("大连市", DL, in_org=True),                   # 大连市口腔医院
    R("沙河口区", "210204", in_org=True),           # (沙河口区) in brackets right after the hospital's name
    M("120元", 120), M("180元", 180),
    T("3-6个月", (3, 6), "month"),                  # months between extraction and implant
    T("3个月", 3, "month"),
    D("2025年6月5日", "2025-06-05"),
    M("680元", 680),                                # 单颗采购价才680元
    M("900多元", 900, qualifier="min"),
    M("1350元", 1350), M("150元", 150), M("2180元", 2180),
    T("40分钟", 40, "minute"),                      # 大概 is not on the shared list
    # 2%利多卡因: a strength in a drug's name, not a percent
    D("2025年9月10日", "2025-09-10"),
    T("2-3个月", (2, 3), "month"),
    T("3个月", 3, "month"),                         # 差不多3个月: 差不多 is not on the list
    T("两周", 2, "week"),
    M("600元", 600), M("650元", 650),
    M("300元", 300), M("2180元", 2180), M("1250元", 1250), M("3730元", 3730),
    M("1.2万元", 12000),
    P("七成左右", 0.7, qualifier="approx"),
    M("4000多元", 4000, qualifier="min"),
    M("300多块", 300, qualifier="min"),
    # 1. 2. 3.: list numbers
    C("3家", 3, "institution"),
    M("5000元起", 5000, qualifier="min"),
    # 种一颗牙: a lone 一
    T("半年", 0.5, "year"),                         # 大概半年
    C("6次", 6, "time"),
    # 近视650度: degrees, nothing; 一副: a lone 一 (and 副 no classifier)
    M("800元", 800),                                # 大概800元
    R("甘井子", "210211", in_org=True),             # @甘井子老王: an account's handle
    R("金州区", "210213"),                          # 金州区一家诊所: a counted institution, not in_org
    M("4500元", 4500),                              # 单颗4500元全包
    T("4个月", 4, "month"),
    R("金州", "210213"),
    R("大连市", DL, in_org=True),                   # 大连市医保局
    PH("0411-39682119"),
]
