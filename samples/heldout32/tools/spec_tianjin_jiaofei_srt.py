from gold_lib import *

TJ = "120000"                                       # 天津市 (a municipality: province level)
# Cue numbers (1 … 19, alone on their lines) and timestamps (00:00:03,200 --> 00:00:07,800) are nothing:
# list-like numbers and times (the guidelines' 11:00, 9:00-12:00); `03,200` is no grouped number (no unit).
SPEC = [
    R("天津", TJ),                                  # 天津的朋友
    D("2026年度", "2026"),
    DR("2025年9月1日到12月31日", "2025-09-01", "2025-12-31"),
    # 分两档: 档 is no classifier
    M("每年360元", 360, period="year"),
    M("每年600元", 600, period="year"),
    M("每年400元", 400, period="year"),             # 每人每年400元 → 每年400元
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    D("12月31日前", "--12-31", qualifier="until"),
    # 明年: no date
    T("3个月", 3, "month"),
    # 一分钱: lone 一, 分 is no currency unit of the guidelines
    T("2年以上", 2, "year", qualifier="min"),
    T("1个月", 1, "month"),                         # 再延长1个月: 延长 is a verb (延长县 is in 陕西), no place
    T("4年", 4, "year"),                            # 满4年以后: 满 and 以后 (a date word) are outside
    T("1年", 1, "year"),
    M("1万元", 10000),                              # 最高额度提高1万元: 提高 between
    P("55%", 0.55),
    P("80%", 0.8),
    M("18万元", 180000),                            # 年度最高支付限额18万元: 最高 does not touch
    R("天津", TJ, in_org=True),                     # “天津医保”小程序
    T("1分钟", 1, "minute"),
    R("和平区", "120101"),                          # 天津's (not 沈阳's): the page is about 天津 (set 1 call 10)
    R("河西区", "120103"),
    R("滨海新区", "120116"),
    PH("022-23561234"),
    PH("12345"),
    D("10月底", "--10", qualifier="approx"),        # 截至 outside; 全市: no place
    C("365.8万人", 3658000, "person"),
    P("87.6%", 0.876),
]
