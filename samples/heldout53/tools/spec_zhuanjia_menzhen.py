from gold_lib import *

CS = "430100"                                       # 长沙市
SPEC = [
    R("长沙", CS, in_org=True),                     # 长沙湘岳医院专家门诊时间表
    D("2024年2月", "2024-02"),
    D("2024年1月26日", "2024-01-26"),               # 更新日期
    # 刘建华: a person's name (建华, 齐齐哈尔's 建华区, is inside it): no place
    # table rows: 门诊3楼312诊室 etc. are floor and room numbers (no classifier); 周一上午/周三下午 are weekdays, no dates;
    # the 挂号费 cells carry 元 and are money, one per row
    M("50元", 50), M("30元", 30), M("50元", 50), M("30元", 30), M("80元", 80), M("15元", 15), M("50元", 50),
    # 湘医保发〔2023〕45号: a document number
    M("50元/次", 50, period="time"), M("30元/次", 30, period="time"), M("12元/次", 12, period="time"),
    M("20元/次", 20, period="time"),
    # 每位专家每次出诊限号30个: 每次 is not touching an amount; 30个 is a count
    C("30个", 30, "item"),
    P("60%", 0.6),
    # 门诊1楼: floor number
    T("3天", 3, "day"),                             # 至少提前3天: 提前 stands between 至少 and the number (no qualifier)
    T("70岁以上", 70, "year", age=True, qualifier="min", _nb=True),  # "4.70岁以上": list number 4. against the age
    D("2024年", "2024"),                            # 2024年春节放假时间为…
    DR("2月10日至17日", "--02-10", "--02-17"),
    T("8天", 8, "day"),                             # 共8天
    D("2月9日", "--02-09"),                         # (除夕): a festival name, nothing
    DR("2月10日至2月12日", "--02-10", "--02-12"),   # (正月初一至初三): lunar dates, not in the guidelines' forms: nothing (call 3)
    DR("2月13日至2月17日", "--02-13", "--02-17"),
    C("12个", 12, "item"),                          # 开放专家门诊12个
    D("2月18日", "--02-18"),                        # 2月18日(星期日)起: 起 does not touch the date (call 4)
    # 每天9:00-16:00: times of day
    PH("0731-88618888", city="长沙市"),             # 转2201: an extension, outside (call 1)
    PH("0731-84521766", city="长沙市"),
]
