from gold_lib import *

DC = "411625"                                       # 郸城县 (周口市, 河南)
SPEC = [
    R("郸城县", DC, in_org=True),                   # 郸城县宁平镇卫生院: the institution's name (宁平镇: a township, no place)
    D("2025年", "2025"),                            # (2025年第二季度更新): 第二季度 is an ordinal, no duration
    # 一、 二、 …, 1. 2. 3.: list numbers
    M("10元/人次", 10, period="time"),              # per visit (guidelines: 每人次 → time; also after the unit)
    M("8元", 8),
    M("2元", 2),
    M("6元/人次", 6, period="time"),
    M("5元", 5),
    P("60%", 0.6),
    P("50%", 0.5),
    M("每年300元", 300, period="year"),             # 每人每年300元 (set 1 call 2: 每人 is no period)
    P("70%", 0.7),
    M("400元", 400),                                # 年度限额每人400元: 每人 is no period; 年度 does not touch as 每年
    M("200元", 200),                                # 起付线200元
    P("90%", 0.9),
    M("每床日20元", 20, period="day"),              # a bed fee per bed-day (guidelines, money)
    M("5元/床日", 5, period="day"),
    M("40万元", 400000),                            # 年度最高支付限额40万元: 最高 does not touch
    T("不超过30分钟", 30, "minute", qualifier="max"),
    # 当日: no date
    T("65岁以上", 65, "year", age=True, qualifier="min"),
    C("1次", 1, "time"),                            # 每年免费体检1次: 每年 is no period of a count
    M("每年12元", 12, period="year"),               # 签约服务费每人每年12元
    M("6元", 6),
    P("50%", 0.5),                                  # 一般诊疗费减免50%
    # 全镇: no place
    C("8个", 8, "item"),                            # 家庭医生团队8个
    C("2.3万人", 23000, "person"),
    PH("3286120", inferred_code="0394"),            # 值班电话: a local 7-digit number completed from 郸城县's 周口市
    T("24小时", 24, "hour"),                        # (24小时)
    R("郸城县", DC, in_org=True),                   # 郸城县医疗保障局
    PH("0394-3216633"),
    PH("12345"),
    DR("2025年4月1日至2025年6月30日", "2025-04-01", "2025-06-30"),
    R("郸城县", DC, in_org=True),                   # signature 郸城县宁平镇卫生院(盖章)
    D("2025年3月28日", "2025-03-28"),
]
