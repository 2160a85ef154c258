from gold_lib import *

HF, AH = "340100", "340000"                         # 合肥市, 安徽省
SPEC = [
    R("合肥市", HF, in_org=True),                   # 合肥市第二人民医院 (二人: no count)
    D("2025年3月", "2025-03"),
    D("2025-04-08", "2025-04-08"),
    D("2025年3月", "2025-03"),
    DR("2025年3月1日至3月31日", "2025-03-01", "2025-03-31"),
    P("6.2%", 0.062),                               # <strong>6.2</strong>%
    P("67.5%", 0.675),                              # <span>67</span>.<span>5</span>%: one number after tags are dropped
    # 表一 / 表二: table numbers in Chinese numerals, no classifier
    # header cells 医疗总费用(元) …: a unit in the header, no number; the amount cells below (21,436,582.40 …) and the
    # 结算人次 cells (8,216 …) are bare numbers: no money, no counts
    R("合肥市", HF),                                # 合肥市职工医保: a place before a programme
    P("71.0%", 0.71),                               # percent cells carry their own %
    R("合肥市", HF),                                # 合肥市居民医保
    P("59.0%", 0.59),
    R("安徽省", AH),                                # 安徽省内异地就医 (省内 is not part of it)
    P("71.0%", 0.71),
    P("65.0%", 0.65),
    P("67.5%", 0.675),                              # 合计 row (15,269 and the amounts: bare)
    M("¥1,862万元", 18620000),                      # ￥<strong>1,862</strong>万元: ¥ and 万元 both in the span (call 3)
    D("3月12日", "--03-12"),
    P("90%", 0.9),                                  # 按上年月均90%预付
    D("2月", "--02"),                               # 2月结算清算款
    M("¥9,436,215.08", 9436215.08),                 # &yen; before the number (set 4 call 9)
    D("2025-03-20", "2025-03-20"),                  # DRG: no number
    M("-12,480.00元", -12480),                      # -<b>12,480.00</b>元: a deduction, the minus sign in the span (call 2)
    D("2025-03-25", "2025-03-25"),
    C("23份", 23, "piece"),
    P("5%", 0.05),                                  # 按5%预留; — an empty cell
    # 1.: a list number; (CMI)1.12: an index, no unit
    P("98.6%", 0.986),
    T("7.8天", 7.8, "day"),
    M("9,846元", 9846),
    P("3.4%", 0.034),
    # 2.: a list number; 退费37笔: 笔 is no classifier (set 21)
    # RMB 8,642.50: a currency code is no unit (call 4; set 18 left RMB amounts out)
    M("1,250.00元", 1250),                          # 单笔最大退费1,250.00元: 退费 outside
    C("2名", 2, "person"),
    D("2025年4月3日前", "2025-04-03", qualifier="until"),
    D("2025年4月1日起", "2025-04-01", qualifier="from"),   # 3.自…: list number, 自 outside
    M("每年300元", 300, period="year"),
    P("5个百分点", 0.05, points=True),
    R("安徽省", AH, in_org=True),                   # 4.安徽省医疗保障局
    C("146条", 146, "item"),
    PH("0551-62965213"),                            # (工作日8:00-17:30): times
]
