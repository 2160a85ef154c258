from gold_lib import *

SC, NC, SQ, GP = "510000", "511300", "511302", "511303"
SPEC = [
    R("四川省南充市顺庆区", SQ, in_org=True),         # the court's name: one chain at the district
    # 刑 事 判 决 书: spaced title, nothing; (2025)川1302刑初213号: a case number (川 a one-character abbreviation)
    R("南充市顺庆区", SQ, in_org=True),               # 公诉机关南充市顺庆区人民检察院
    D("1968年4月12日", "1968-04-12"),                 # date of birth
    R("四川省南充市高坪区", GP),                      # 住…: an address, plain chain
    R("南充市顺庆区", SQ),                            # 南充市顺庆区某诊所: an anonymised body, plain (set 5 call 2)
    D("2025年3月5日", "2025-03-05"),
    R("南充市", NC, in_org=True),                     # 南充市公安局顺庆区分局: two places in one name (set 13 call 6);
                                                      # 公安 (公安县's short name) is the common word here, also in 公安机关 (set 10 call 9)
    R("顺庆区", SQ, in_org=True),
    D("3月19日", "--03-19"),                          # 同年3月19日: 同年 outside, like 次年 (set 2 call 8)
    D("1979年", "1979"),
    R("南充市顺庆区", SQ),                            # 住南充市顺庆区
    D("2025年3月19日", "2025-03-19"),
    R("四川", SC),                                    # 四川某律师事务所: anonymised, plain
    R("南充市顺庆区", SQ, in_org=True),               # …人民检察院以顺检刑诉〔2025〕156号 (a document number: nothing)
    D("2025年6月10日", "2025-06-10"),
    D("2025年8月21日", "2025-08-21"),
    R("南充市顺庆区", SQ, in_org=True),               # …人民检察院指派检察员孙某
    DR("2022年1月至2024年6月", "2022-01", "2024-06"),
    M("三十二万六千四百元", 326400),                  # 共计人民币三十二万六千四百元: 共计, 人民币 outside
    M("十一万八千元", 118000),
    R("南充市", NC, in_org=True),                     # 经南充市医疗保障局核查
    C("217名", 217, "person"),
    C("3,862人次", 3862, "person"),
    P("41.3%", 0.413),
    D("2024年11月", "2024-11"),
    R("南充市", NC, in_org=True),
    D("12月2日", "--12-02"),                          # 于同年12月2日
    M("208400元", 208400),
    M("118000元", 118000),
    M("326400元", 326400),                            # 共计326400元: 共计 is not on the list
    R("南充市", NC, in_org=True),                     # 南充市医疗保障局出具的
    R("南充市顺庆区", SQ, in_title=True),             # 《关于南充市顺庆区某诊所…核查报告》: anonymised body, in a title
    M("326400元", 326400),
    # 二被告人: 二 + a noun, no classifier
    T("57岁", 57, "year", age=True),                  # 现年57岁
    # 共和 in 中华人民共和国: part of a longer name, no place (共和县)
    # 《中华人民共和国刑法》第二百六十六条 …: article numbers (第X条, 第一款): nothing
    # 一、二、三、: list numbers
    T("三年", 3, "year"),                             # 有期徒刑三年: a prison term is a duration
    T("四年", 4, "year"),                             # 缓刑四年
    M("五万元", 50000),                               # 罚金人民币五万元
    T("十日", 10, "day"),                             # 判决生效后十日内: 内 outside
    T("十个月", 10, "month"),
    T("二年", 2, "year"),
    M("二万元", 20000),
    T("十日", 10, "day"),
    M("326400元", 326400),
    R("南充市", NC, in_org=True),                     # 依法发还南充市医疗保障局
    # 第二日起: an ordinal day (第二日), no date and no duration
    T("十日", 10, "day"),                             # 十日内
    R("四川省南充市", NC, in_org=True),               # 四川省南充市中级人民法院: chain at the city
    # 正本一份: lone 一
    C("二份", 2, "piece"),                            # 副本二份
    # 审 判 长 张 某 …: spaced names, nothing
    D("二〇二五年九月十八日", "2025-09-18"),
]
