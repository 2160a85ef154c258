from gold_lib import *

YC = "420500"                                       # 宜昌市
SPEC = [
    # 一位: lone 一
    T("4小时", 4, "hour"),                          # "黄金4小时" in the headline
    # 三峡日报: 三峡 is no division
    D("2025-03-26", "2025-03-26"),
    D("3月21日", "--03-21"),
    # 6:40: a time of day (call 4)
    R("宜昌市夷陵区", "420506"),                    # 小溪塔街道: a street, nothing
    T("68岁", 68, "year", age=True),
    # "BE FAST": nothing
    PH("120"),                                      # 立即拨打120
    # 6:52: a time of day
    PH("120"),                                      # 120急救车
    # NIHSS评分14分: a score (call 2)
    R("宜昌市", YC, in_org=True),                   # 宜昌市中心人民医院; 绿色通道 (通道: a word, no place)
    # 7:18, 7:26, 7:41: times of day; CT: nothing
    T("23分钟", 23, "minute"),                      # DNT仅23分钟: 仅 is not on the list
    # CTA: nothing; 8:05, 8:37: times of day
    T("2小时", 2, "hour"),                          # 不到2小时: 不到 is not on the shared list
    # 术后第1天: an ordinal
    T("9天", 9, "day"),                             # 住院9天后 (like 30日后 → 30日)
    # NIHSS评分降至2分: a score
    T("一两个月", (1, 2), "month"),                 # two neighbouring numerals: a range (call 5)
    # 一周: lone 一; 李建华: a person (建华 is no place here)
    D("2024年", "2024"),
    C("312台", 312, "piece"),                       # 取栓手术312台: 台 is a piece classifier
    T("68分钟", 68, "minute"),
    M("5.86万元", 58600),
    M("约3.2万元", 32000, qualifier="approx"),
    M("4.47万元", 44700),
    P("约76%", 0.76, qualifier="approx"),
    M("1.39万元", 13900),
    R("宜昌", YC, in_org=True),                     # "宜昌惠民保": a product's name; 惠民 is a word here, not 惠民县
    # 二次报销: secondary reimbursement
    M("5000元", 5000),                              # 不到5000元: 不到 not on the list
    R("宜昌市", YC, in_org=True),                   # 宜昌市医保局
    C("23家", 23, "institution"),
    M("4.2万元", 42000),                            # 每例结算标准为4.2万元至5.6万元: two amounts (set 1 call 4); 每例 is 每 + classifier, no period
    M("5.6万元", 56000),
    C("2次", 2, "time"),                            # 每周到社区康复站复诊2次: 每周 does not touch
    T("4.5小时", 4.5, "hour"),                      # 4.5小时内
    T("6小时", 6, "hour"),                          # 6小时内
    # 睡一觉: lone 一
]
