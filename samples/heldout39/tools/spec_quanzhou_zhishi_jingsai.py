from gold_lib import *

QZ = "350500"


def nb(d):
    """Options are written `A.380元 B.400元`: the dot after the option letter is no decimal point, so the
    build tool's guard (a mention must not start inside a number) is switched off for them (_nb)."""
    d["_nb"] = True
    return d


SPEC = [
    R("泉州市", QZ),                                 # 泉州市“医保惠民”知识竞赛题库: a place before an event (a topic), plain;
                                                     # 惠民 in “医保惠民” (惠民县's short name): a common word, no place
    # (第二期): ordinal
    R("泉州市", QZ, in_org=True),                    # 主办:泉州市医疗保障局
    R("泉州", QZ, in_org=True),                      # 承办:泉州晚报社 (a newspaper, set 1 call 7)
    DR("2025年11月10日至11月30日", "2025-11-10", "2025-11-30"),
    U("https://quiz.example.com/qzyb2025"),          # the digits in the URL: nothing
    # 共30题 (题: no classifier), 满分100分 (a score, set 19 call 4): nothing
    # 一、 (每题4分): a score
    # question numbers 1.…14. before words; options A./B./C./D. are letters before the mentions
    R("泉州市", QZ),                                 # 泉州市城乡居民医保: a programme (plain)
    D("2026年度", "2026"),
    # 每人每年( ): no number
    M("380元", 380, _nb=True), M("400元", 400, _nb=True), M("420元", 420, _nb=True), M("450元", 450, _nb=True),
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),              # 每人每年400元 -> 每年400元 (set 1 call 2)
    M("20元", 20),
    P("70%", 0.7, _nb=True), P("80%", 0.8, _nb=True), P("85%", 0.85, _nb=True), P("90%", 0.9, _nb=True),
    # 3.…最长为( ): 最长 not on the list, and no number
    T("1个月", 1, "month", _nb=True), T("3个月", 3, "month", _nb=True), T("6个月", 6, "month", _nb=True), T("12个月", 12, "month", _nb=True),
                                                     # 1个月: digit 1 is no lone 一 (set 1 call 13)
    T("4年", 4, "year"),                             # 连续参保满4年后: 满 outside (set 7), 后 a date word
    T("1年", 1, "year"),                             # 每多参保1年
    T("1个月", 1, "month"),                          # 可减少1个月
    T("3个月", 3, "month", _nb=True), T("半年", 0.5, "year"),
    # C.一年: a lone 一, no duration
    T("两年", 2, "year"),
    P("60%", 0.6), P("80%", 0.8),                    # 60%-80%: two % signs, two mentions
    M("1万元", 10000, _nb=True), M("1.5万元", 15000, _nb=True), M("1.8万元", 18000, _nb=True), M("2万元", 20000, _nb=True),
    nb(PH("12345")), nb(PH("12333")), nb(PH("12393")), nb(PH("12320")),   # options A-D: short service numbers
    PH("0595-22186393"),
    T("30天", 30, "day", _nb=True), T("60天", 60, "day", _nb=True), T("90天", 90, "day", _nb=True), T("180天", 180, "day", _nb=True),
    # 8. no numbers
    # 二、(每题5分): a score
    R("晋江市", "350582"), R("石狮市", "350581"), R("南安市", "350583"), R("惠安县", "350521"),
    D("2025年10月底", "2025-10", qualifier="approx"),   # 截至 outside; 底 -> approx
    C("1538家", 1538, "institution"),
    D("2025年", "2025"),
    C("91种", 91, "kind"), C("26种", 26, "kind"),
    P("63%", 0.63),
    D("2026年1月1日起", "2026-01-01", qualifier="from", _nb=True),
    # 三、(每题3分): a score; (√)/(×): nothing
    P("2%", 0.02),
    M("每月90元", 90, period="month"),
    # 本省上年度: no date; 金平 in 养老金平均: across two words, no place
    P("2.5%左右", 0.025, qualifier="approx"),
    T("60周岁", 60, "year", age=True),               # 年满60周岁: 满 outside
    R("泉州市", QZ),                                 # 泉州市内: 内 not part of the place (set 26 call 4), plain
    P("5个百分点", 0.05, points=True),
    M("每年2000元", 2000, period="year"),            # 每人每年2000元
    # 上一年度: no number (一年 inside it: a lone 一 in a word, nothing)
    # 四、 80分以上: a score with a qualifier word: nothing (set 19 call 4)
    # 一等奖/二等奖/三等奖: ordinals
    C("10名", 10, "person"), C("30名", 30, "person"), C("100名", 100, "person"),
    M("50元", 50), M("200元", 200),                  # 50元至200元不等: each amount has its unit: two (set 18 call 4)
    C("超过1.2万人", 12000, "person", qualifier="min"),
    E("qzybjs@example.com"),
]
