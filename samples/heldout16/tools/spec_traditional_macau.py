from gold_lib import *

MO = "820000"                                       # 澳门特别行政区 (province level)
SPEC = [
    D("2025年度", "2025"),
    D("7月1日起", "--07-01", qualifier="from"),
    M("600澳门元", 600, currency="MOP"),            # 每人600澳门元: 每人 is no period (set 3 call 4); 澳门 is part of the unit
    # 【本报讯】, 卫生局, 昨日: nothing
    D("2025年度", "2025"),
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    D("2025年", "2025"),                            # 2025年内: 内 is no qualifier word
    R("澳门", MO),                                  # 澳门居民身份证: a place before a document (a topic), not in_org
    M("600澳门元", 600, currency="MOP"),
    D("2027年6月30日", "2027-06-30"),               # 有效期至…: 至 with no start is a verb/preposition, no range
    # 今年: no number
    C("71万名", 710000, "person"),                 # 约有71万名: 有 stands between, so 约 does not touch
    M("约4.3亿澳门元", 430000000, currency="MOP", qualifier="approx"),
    # 全澳: a one-character abbreviation, no place
    C("约1,300家", 1300, "institution", qualifier="approx"),
    M("10澳门元", 10, currency="MOP"),             # 每次最低使用金额为10澳门元: 每次 and 最低 do not touch
    T("65岁", 65, "year", age=True),               # 年满65歲: 满 outside
    # 社会工作局: no place
    M("300澳门元", 300, currency="MOP"),
    R("香港", "810000"),                            # 香港或内地医疗机构: a place in a description; 内地: no place
    R("珠海", "440400"),                            # 珠海横琴: 横琴 is below county level (set 3 call 12)
    R("澳门", MO, in_org=True),                     # "澳门居民在横琴就医"专区: the proper name of an online section
    # 港元或人民币: currency names without a number
    M("约200港元", 200, currency="HKD", qualifier="approx"),   # 一次普通门诊: lone 一, no count
    # 热线2856 1234: a Macau 8-digit line. The guidelines cover only +86 numbers; the value is E.164 with
    # Macau's country code 853 (no area code: Macau has none), kind fixed
    m("phone", "2856 1234", "+85328561234", kind="fixed"),
    # 周一至周五, 上午9时至下午5时45分: weekdays and times of day
    U("www.ssm.example.gov.mo"),
    D("2025年6月20日", "2025-06-20"),
]
