from gold_lib import *

LY, HN = "410300", "410000"                         # 洛阳市, 河南省
SPEC = [
    R("洛阳市", LY, in_org=True),                   # 洛阳市中心医院 (市中心 is part of the hospital's name)
    # 卒中绿色通道: 通道 is a word here, not a place; 首页 > 特色专科 > 卒中中心: breadcrumb
    D("2025-05-12", "2025-05-12"),                  # 更新时间 (set 1 call 8: no role)
    # 浏览次数:3468: a counter, bare number
    R("洛阳市", LY, in_org=True),
    D("2019年", "2019"),
    R("河南省", HN),                                # 河南省首批示范高级卒中中心: a place before a programme (a topic), not an org
    C("8个", 8, "item"),
    C("260张", 260, "piece"),
    C("4000余例", 4000, "case", qualifier="min"),   # 余 between number and unit → min
    T("4.5小时", 4.5, "hour"),                      # 4.5小时内: 内 is not a qualifier
    T("24小时", 24, "hour"),                        # 可延长至24小时: 至 a preposition; 延长 is a verb, not 延长县
    T("1分钟", 1, "minute"),                        # 每延误1分钟: 每 + verb, no period (durations take none)
    C("约190万个", 1900000, "item", qualifier="approx"),
    # 1. 2. 3. 4.: list numbers; DNT / DPT: abbreviations
    T("60分钟", 60, "minute"),                      # DNT时间(…)≤60分钟: ≤ is no qualifier word (call 1)
    T("40分钟", 40, "minute"),
    T("90分钟", 90, "minute"),                      # <90分钟: < is no qualifier word (call 1)
    T("90分钟以内", 90, "minute", qualifier="max"), # 门球时间
    T("15分钟", 15, "minute"),                      # 15分钟内: 内 is not a qualifier
    T("35分钟", 35, "minute"),
    R("洛阳市", LY, in_org=True),                   # 洛阳市120急救指挥中心
    PH("120"),                                      # the emergency number inside the centre's name (call 3)
    PH("120"),                                      # 120急救车
    # APP, CT: nothing; NIHSS评分4分以上: a score (call 2), no mention
    D("2024年", "2024"),
    PH("120"),                                      # 经120转运
    C("1326例", 1326, "case"),                      # 共1326例: 共 not a qualifier
    P("32.5%", 0.325),
    P("约10%", 0.1, qualifier="approx"),            # 约10%-20%: two percents (each % its own mention)
    P("20%", 0.2),
    PH("120"),                                      # 请立即拨打120
    T("10分钟", 10, "minute"),                      # 在10分钟内
    T("近3个月", 3, "month", qualifier="approx"),  # 患者近3个月内: 近 is on the shared list and touches (set 68's 近1个月); 内 is not
    T("24小时", 24, "hour"),                        # 24小时值班电话
    PH("0379-63892120"),                            # one fixed line ending in 120
    PH("120"),                                      # 急救电话:120
    R("洛阳市西工区", "410303"),                    # address; 中州中路288号: a road and a house number
]
