from gold_lib import *

SS, ZK, ZZ, GZ, SH = "411623", "411600", "410100", "440100", "310000"   # 商水县, 周口市, 郑州市, 广州市, 上海市
SPEC = [
    R("商水县", SS),                                # 商水县某村: a place before an anonymised body (某) is plain
    D("2025年11月18日", "2025-11-18"),              # 早上七点: a time of day
    # 语音转文字: nothing
    D("2026年", "2026"),                            # 交的是2026年的
    # 一个人: lone 一
    M("四百块", 400),
    M("二十块", 20),
    M("四百块", 400),                               # 四百块一年: 一年 after it is a lone 一, no period word
    # 摊到一天: lone 一
    M("一块一", 1.1),                               # 块 + a 角 digit (set 38 call 1); 一块一 is an amount, not a determiner (call 11)
    # 一住院: nothing; 好几千, 大几千: 几 is no number, no unit (call 5)
    M("一万块", 10000),                             # 小一万块 ("nearly ten thousand"): 小 is not on the shared list (call 12)
    # 七千出头: no unit, 出头 not on the list; 两千五: no unit (2500 in speech), nothing
    DR("九月一号到十二月三十一号", "--09-01", "--12-31"),
    T("仨月", 3, "month"),                          # call 6
    T("仨月", 3, "month"),                          # 这仨月里头
    # 一分钱: lone 一
    T("七十岁以上", 70, "year", age=True, qualifier="min"),
    # 豫事办: 豫 one-character abbreviation; 一家子: lone 一; 几口人: no number; 一块儿 ("together"): no money (call 11)
    C("仨人", 3, "person"),                         # call 6
    M("一千二百块", 1200),
    # 昨儿个: nothing
    M("一百块", 100),
    P("百分之九十", 0.9),
    R("商水县", SS, in_org=True),                   # 商水县人民医院
    M("三百块", 300),
    P("百分之八十", 0.8),
    R("周口市", ZK),                                # 周口市里的大医院 (the city's hospitals, unnamed): plain
    M("六百块", 600),
    P("七成", 0.7),                                 # 报个七成: 个 before is no qualifier
    R("郑州", ZZ),
    # 省里: no place; 一千五: no unit, nothing
    P("百分之六十", 0.6),
    P("十个百分点", 0.1, points=True),
    # 一年能报一千八: 一年 lone 一, 一千八 no unit; 老张一年: lone 一; 三千来块: 来 between (call 5)
    M("一千八百块", 1800),
    # 一千出头: no unit (出头 is not on the shared list), nothing
    M("三块五", 3.5),                               # set 38 call 1
    R("广州", GZ),
    R("上海", SH),
    # 十来天: 来 between (call 5); 个把月: 把 ("about") with no numeral, nothing (call 5)
    # 县医保局: no place named
    PH("0394-5421234"),
    PH("12393"),
    PH("0394-5421234"),
    M("一百八十块", 180),
    # 一年就一百八: 一年 lone 一, 一百八 (180 in speech) has no unit: nothing
    # 俩老人: 俩 before a noun, no classifier (call 6); 七十多了: no unit; 一分不用掏: lone 一
    D("十二月三十一号", "--12-31"),                 # 截止到 before the date: no qualifier
    M("四百块", 400),                               # 每人四百块: 每 + a classifier, no period
    T("七十岁以上", 70, "year", age=True, qualifier="min"),
]
