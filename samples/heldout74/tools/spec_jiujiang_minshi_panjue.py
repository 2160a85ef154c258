from gold_lib import *

JX, JJ, XY, CS = "360000", "360400", "360403", "360404"   # 江西省, 九江市, 浔阳区, 柴桑区
SPEC = [
    R("江西省九江市浔阳区", XY, in_org=True),      # court header
    # (2024)赣0403民初1876号: a case number (赣 abbreviation, 0403 the court code of 浔阳区)
    D("1979年4月26日", "1979-04-26"),
    R("江西省九江市柴桑区", CS),                   # 住…: an address chain, plain
    R("江西", JX),                                 # 江西某律师事务所: anonymised (某), plain
    R("九江", JJ),                                 # 九江某建材有限公司: anonymised company, plain
    R("九江市浔阳区", XY),                         # 住所地九江市浔阳区
    R("九江", JJ),                                 # 原告…与被告九江某建材有限公司
    D("2024年8月12日", "2024-08-12"),
    D("2024年9月10日", "2024-09-10"),
    D("2022年3月起", "2022-03", qualifier="from"),
    D("2023年5月17日", "2023-05-17"),              # …上午: outside
    # 当日被送往: no number
    R("九江市", JJ, in_org=True),                  # 九江市第一人民医院 (第一: part of the name; 一人 in 第一人民 no count)
    D("6月16日", "--06-16"),                       # 至同年6月16日: 同年 outside (set 29 call 6); 至 a preposition here
    T("30天", 30, "day"),                          # 共住院30天
    R("九江市", JJ, in_org=True),                  # 九江市人力资源和社会保障局 (资源: no place)
    R("九江市", JJ, in_org=True),                  # 九江市劳动能力鉴定委员会
    # 伤残九级: a grade, nothing
    M("186,420.50元", 186420.5),                   # 人民币186,420.50元
    P("70%", 0.7),
    M("38,642.50元", 38642.5),
    M("1,260元", 1260),
    M("4,800元", 4800),                            # 月平均工资为4,800元: 月 does not touch as a period word
    # 1. … 6.: list numbers
    M("39,902.50元", 39902.5),
    M("38,642.50元", 38642.5),
    M("1,260元", 1260),
    M("900元", 900),
    T("30天", 30, "day"),                          # 30天×30元/天
    M("30元/天", 30, period="day"),
    M("4,500元", 4500),
    # 其妻一人护理: lone 一
    T("30天", 30, "day"),
    M("150元/天", 150, period="day"),
    M("28,800元", 28800),
    T("6个月", 6, "month"),
    M("4,800元/月", 4800, period="month"),
    # 一次性伤残补助金: 一次性 is no count
    M("43,200元", 43200),
    T("9个月", 9, "month"),                        # 9个月×4,800元: the multiplier in months of wages
    M("4,800元", 4800),
    R("江西省", JX),                               # 按江西省规定: a place before a topic, plain
    M("60,000元", 60000),
    M("177,302.50元", 177302.5),
    P("30%", 0.3),
    P("七成", 0.7),
    # 《工伤保险条例》第三十条、第六十二条第二款, 《中华人民共和国民事诉讼法》第六十七条: article numbers; 共和 no place
    R("九江", JJ),                                 # 一、被告九江某建材有限公司: anonymised, plain
    T("十日", 10, "day"),                          # 十日内
    M("177,302.50元", 177302.5),
    # 第二百六十四条: article number
    M("1,964元", 1964),
    M("1,870元", 1870),
    M("94元", 94),
    T("十五日", 15, "day"),                        # 十五日内
    R("江西省九江市", JJ, in_org=True),            # 江西省九江市中级人民法院
    D("二〇二四年九月二十六日", "2024-09-26"),
]
