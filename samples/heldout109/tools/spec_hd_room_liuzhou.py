from gold_lib import *

LZ = "450200"                                       # 柳州市 (0772 is shared with 来宾: area_city from the page)
SPEC = [
    R("柳州市", LZ, in_org=True),                   # 柳州市工人医院 血液净化中心 (page head)
    # 首页 > 临床科室 > 血液净化中心: breadcrumb, nothing
    D("2006年", "2006"),                            # 成立于2006年
    # 门诊综合楼5楼: a floor number, nothing
    C("62张", 62, "piece"),                         # 血液透析床位62张: 张 is a classifier (call 3)
    C("8张", 8, "piece"),
    C("66台", 66, "piece"),
    P("约95%", 0.95, qualifier="approx"),
    C("11名", 11, "person"),
    C("38名", 38, "person"),
    D("2024年", "2024"),
    C("4.6万人次", 46000, "person"),
    C("420余人", 420, "person", qualifier="min"),
    # 每日开设三班; 第一班7:00-11:30, 第二班12:00-16:30, 第三班(夜班)17:00-21:30, 第一班: 班 is no classifier,
    # the shifts are ordinals and the hours times of day: nothing (call 4). 周日: a weekday, nothing
    C("3次", 3, "time"),                            # 每周透析3次 (call 1)
    T("4小时", 4, "hour"),                          # 每次4小时: 每次 is a period word for money only
    # “一三五”“二四六”: weekdays said as numerals, nothing
    # 首次透析: an ordinal word, nothing
    T("1天", 1, "day"),                             # 提前1天
    # 第1次和第2次: ordinals, nothing (call 1)
    T("2.5小时左右", 2.5, "hour", qualifier="approx"),
    R("柳州市", LZ),                                # 柳州市职工医保、居民医保参保患者: a programme, not in_org
    M("420元", 420),                                # 每次结算标准420元: 结算标准 stands between 每次 and the amount
    P("约10%", 0.1, qualifier="approx"),            # 约10%-20%: two percent signs, two mentions
    P("20%", 0.2),
    R("来宾", "451300"),
    R("河池", "451200"),
    # 1. 2. 3.: list numbers
    C("两次", 2, "time"),                           # 两次透析间: two sessions, a count
    P("5%", 0.05),                                  # 干体重的5%
    C("1次", 1, "time"),                            # 化验每月1次
    # Kt/V目标≥1.2: no unit, nothing; 不超过5公斤: 公斤 is no unit of ours, nothing
    T("近1个月", 1, "month", qualifier="approx"),   # 近 is on the shared list (before: approx)
    R("柳州市", LZ, in_org=True),                   # 柳州市人民医院
    R("柳州市", LZ, in_org=True),                   # 柳州市中医医院
    # 转诊通道: 通道 is a common word here, not 通道县 (湖南; guidelines)
    T("30分钟", 30, "minute"),                      # 30分钟内: 内 is not a qualifier
    PH("0772-2662588", city="柳州市"),
    PH("120"),
    R("柳州市鱼峰区", "450203"),                    # address; 柳石路156号 is a road and a house number
]
