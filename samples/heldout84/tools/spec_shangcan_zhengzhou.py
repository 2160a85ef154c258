from gold_lib import *

ZZ, HN = "410100", "410000"                         # 郑州市, 河南省
SPEC = [
    R("郑州市", ZZ),                                # title: 郑州市工伤职工伤残待遇标准: a topic, plain
    R("郑州市", ZZ, in_org=True),                   # 郑州市社会保险中心
    D("2025年4月18日", "2025-04-18"),
    # 《工伤保险条例》: no place
    R("河南省", HN, in_title=True),                 # 《河南省工伤保险条例》
    # 一级至十级伤残: disability grades, nothing (call 1)
    T("12个月", 12, "month"),                       # 前12个月平均月缴费工资: a duration
    P("300%", 3),
    P("300%", 3),
    P("60%", 0.6),
    P("60%", 0.6),
    # table: 一级伤残 … 十级伤残 row heads are grades, nothing; N个月的本人工资 is a duration of N months (call 2)
    T("27个月", 27, "month"), P("90%", 0.9),
    T("25个月", 25, "month"), P("85%", 0.85),
    T("23个月", 23, "month"), P("80%", 0.8),
    T("21个月", 21, "month"), P("75%", 0.75),
    T("18个月", 18, "month"), P("70%", 0.7),
    T("16个月", 16, "month"), P("60%", 0.6),
    T("13个月", 13, "month"),                       # —— : empty cell
    T("11个月", 11, "month"),
    T("9个月", 9, "month"),
    T("7个月", 7, "month"),
    # 附注 1.-5.: list numbers; 一级至四级伤残: grades
    R("郑州市", ZZ),                                # 郑州市区: a place before 区 (urban area), plain like 抚顺市主城区
    M("每月2100元", 2100, period="month"),
    # 五级、六级伤残: grades; 一次性: lone 一
    # (一次性伤残补助金 in the table head and in 附注 4: lone 一)
    C("3个", 3, "item"),                            # 3个不同等级
    P("50%", 0.5),
    P("40%", 0.4),
    P("30%", 0.3),
    M("6,000元", 6000),                             # 本人工资6,000元: no period
    # 第七级伤残: an ordinal grade; 13×6,000=: bare numbers (no unit)
    M("78,000元", 78000),
    # 5.经公布,: a list number (the page puts a word between it and the year)
    D("2024年度", "2024"),
    R("郑州市", ZZ),                                # 郑州市全口径…: a topic
    M("7,215元", 7215),                             # 月平均工资为: 月 is part of a noun, no period
    P("60%", 0.6),
    M("4,329元", 4329),
    P("300%", 3),
    M("21,645元", 21645),
    R("郑州市", ZZ, in_org=True),                   # 郑州市社会保险中心工伤待遇科
    PH("0371-67180235"),
    PH("12333"),
]
