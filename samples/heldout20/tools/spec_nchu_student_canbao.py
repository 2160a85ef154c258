from gold_lib import *

NC, JX = "360100", "360000"                         # 南昌市, 江西省
SPEC = [
    R("南昌", NC, in_org=True),                     # 南昌航空大学关于…的通知 (the university's name; 南昌 is the city,
                                                    # not 南昌县: the city-over-county rule)
    D("2026年度", "2026"),
    D("2025-09-03", "2025-09-03"),                  # 发布时间; 点击:4271 a counter
    # 《南昌市医疗保障局 国家税务总局南昌市税务局关于做好2026年度…的通知》: both places in a title and in an
    # office's name (set 1 call 6)
    R("南昌市", NC, in_org=True, in_title=True),
    R("南昌市", NC, in_org=True, in_title=True),
    D("2026年度", "2026"),                          # inside the 《》 (set 2 call 15)
    # 洪医保字〔2025〕36号: a document number (洪: a one-character abbreviation)
    # 一、 二、 …: list numbers
    # 2025级新生: 级 is no classifier, 2025 has no 年: nothing
    D("2026年度", "2026"),
    M("每年1,180元", 1180, period="year"),          # 每人每年1,180元 (set 1 call 2)
    M("1,000元", 1000),                             # 财政补助1,000元
    M("180元/人/年", 180, period="year"),           # maintainer: per person per year is a yearly amount (guidelines, money)
    DR("2025年9月1日—2026年8月31日", "2025-09-01", "2026-08-31"),   # the em dash as range mark (set 3 call 1)
    D("9月20日前", "--09-20", qualifier="until"),
    DR("2025年9月8日至9月30日", "2025-09-08", "2025-09-30"),
    D("2026年1月1日后", "2026-01-01", qualifier="from"),
    T("3个月", 3, "month"),
    R("江西", JX, in_org=True),                     # "江西税务"公众号 (an account); "赣服通": 赣 a one-character abbreviation
    # 学号(如2025041203): a student number, no phone, no date
    P("60%", 0.6),
    M("400元", 400),                                # 每人每年门诊报销限额400元: 门诊报销限额 between, no period
    R("南昌", NC, in_org=True),                     # 南昌大学第一附属医院 (第一: part of the name, an ordinal)
    M("600元", 600),
    P("80%", 0.8),
    M("15万元", 150000),                            # 年度最高支付限额15万元: 最高 does not touch
    T("30日", 30, "day"),                           # 就医后30日内 (内 is not on the list)
    PH("0791-83863125"),                            # (工作日8:00-12:00,14:30-17:30): times
    # QQ群: 一群763524189, 二群915427306: QQ group numbers (the guidelines: QQ numbers are not phones);
    # 一群/二群: 群 is no classifier
    PH("13979143625"),                              # 航空制造工程学院 刘老师
    PH("0791-83953217"),
    D("2026年度", "2026"),
    D("9月15日前", "--09-15", qualifier="until"),
    # 2025届毕业生: 届 (a class's year, no 年): nothing
    D("2026年8月31日止", "2026-08-31", qualifier="until"),
    T("6个月", 6, "month"),
    D("9月2日", "--09-02"),                         # 截至9月2日 (截至 outside)
    # 2025级新生: nothing (as above)
    C("6318人", 6318, "person"),
    C("28400人", 28400, "person"),
    R("南昌", NC, in_org=True),                     # signature 南昌航空大学校医院
    D("2025年9月3日", "2025-09-03"),
]
