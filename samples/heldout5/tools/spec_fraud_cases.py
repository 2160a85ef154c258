from gold_lib import *

FY = "341200"                                       # 阜阳市
LQ, TH, YS, JS = "341221", "341222", "341226", "341282"   # 临泉县, 太和县, 颍上县, 界首市
YZ = "341202"                                       # 颍州区
SPEC = [
    R("阜阳市", FY, in_org=True),                   # title: 阜阳市医疗保障局曝光…
    D("2025年", "2025"),                            # 2025年第二批: 第二批 an ordinal, the year a date (set 3 call 2)
    D("2025-07-22", "2025-07-22"),                  # 10:15 a time
    R("阜阳市", FY, in_org=True),                   # 来源.  浏览次数:1863: a counter
    R("阜阳市", FY, in_org=True),
    D("2025年", "2025"),                            # 2025年上半年: 上半年 is no duration (set 3 call 2)
    # 5起: 起 is no classifier of the guidelines (a count needs one), and 起 after a bare number is
    # no qualifier either: nothing.  案例一…案例五: ordinals
    R("临泉县", LQ),                                # 临泉县某民营医院: 某 hides the name, a description, not in_org
    D("2025年3月", "2025-03"),
    R("临泉县", LQ, in_org=True),                   # 临泉县医疗保障局
    DR("2023年1月至2024年12月", "2023-01", "2024-12"),   # …期间 after the range
    C("126名", 126, "person"),
    # 《医疗保障基金使用监督管理条例》第四十条: no place, an article number
    R("临泉县", LQ, in_org=True),
    M("12.36万元", 123600),                         # 追回医保基金12.36万元
    # 2倍: a multiple, no mention (set 4 call 3)
    M("24.72万元", 247200),
    D("2025年4月18日", "2025-04-18"),              # 移送公安机关: 公安 (公安县's short name) is a common word here, also below
    R("太和县", TH, in_org=True),                   # 太和县旧县镇张庄村卫生室: the clinic's full proper name;
                                                    # 旧县镇 (a town) and 张庄村 (a village) are no places
    D("2025年2月", "2025-02"),
    R("太和县", TH, in_org=True),                   # 太和县医疗保障局.  张某某: an anonymised person
    M("8650元", 8650),                              # 涉及金额8650元
    R("太和县", TH, in_org=True),
    M("8650元", 8650),
    # 1.5倍: a multiple
    M("12975元", 12975),
    T("6个月", 6, "month"),                         # 暂停医保服务协议6个月
    C("1次", 1, "time"),                            # 约谈1次 (digit 1, no lone 一)
    R("颍上县", YS),                                # 案例三:颍上县参保人员王某某…: a description, not in_org
    DR("2024年11月至2025年1月", "2024-11", "2025-01"),
    R("颍上县", YS),                                # 颍上县参保人员
    R("颍上县", YS),                                # 在颍上县多家药店 (多家: no count)
    C("37次", 37, "time"),                          # 共计37次 (共计 is no qualifier)
    D("2025年5月", "2025-05"),
    R("颍上县", YS, in_org=True),
    M("2.18万元", 21800),
    T("3个月", 3, "month"),
    R("界首市", JS),                                # 界首市某药店 (title): a description
    R("界首市", JS),                                # 界首市某大药房
    DR("2024年8月至10月", "2024-08", "2024-10"),     # …间: the end shares the year
    C("2家", 2, "institution"),
    M("4.7万元", 47000),
    R("界首市", JS, in_org=True),
    M("4.7万元", 47000),
    M("9.4万元", 94000),                            # 2倍罚款9.4万元
    T("3年", 3, "year"),                            # 3年内不再受理
    R("阜阳市颍州区", YZ),                           # 案例五:阜阳市颍州区某康复医院: a chain, a description
    D("2025年4月", "2025-04"),
    # 市医疗保障局, 市卫生健康委: no place
    R("阜阳市颍州区", YZ),
    C("312例", 312, "case"),
    M("约38.5万元", 385000, qualifier="approx"),
    M("38.5万元", 385000),
    # 1倍罚款: a multiple
    C("3名", 3, "person"),
    # 每人记12分: a score, no mention
    R("阜阳市", FY, in_org=True),                   # 阜阳市医疗保障局提醒
    D("2025年以来", "2025", qualifier="from"),
    C("1,426家", 1426, "institution"),
    M("2,316.8万元", 23168000),
    R("阜阳市", FY, in_title=True),                 # 《阜阳市欺诈骗取医疗保障基金行为举报奖励实施细则》: a title only
    M("最高20万元", 200000, qualifier="max"),       # 单笔最高20万元 (单笔 is no qualifier)
    M("最低200元", 200, qualifier="min"),
    PH("0558-2275316"),
    PH("12345"),
    E("fyybjjg@example.com"),
    R("阜阳市", FY, in_org=True),                   # (阜阳市医疗保障局 供稿)
]
