from gold_lib import *

XM = "350200"                                       # 厦门市
SPEC = [
    C("3个", 3, "item"),                            # 附3个计算实例
    R("厦门市", XM, in_org=True),                   # 来源:厦门市医疗保障局
    D("2025-10-14", "2025-10-14"),                  # 发布日期; 浏览次数:4862 is a counter (no unit): nothing
    R("福建省", "350000", in_title=True),           # 《福建省职工生育保险规定》: a title, no organisation in it
    R("厦门市", XM),                                # 厦门市有关政策: a place before a topic
    # 一、 and the formula line: `÷ 30 ×` is a bare divisor (set 8 call 6): nothing
    T("12个月", 12, "month"),                       # 参保不满12个月: 不满 is not on the shared list
    # 公式中的30是每月的计发天数: a bare number (no unit) and 每月 before a noun: nothing
    T("158天", 158, "day"),                         # 1.顺产: 1. is a list number
    T("98天", 98, "day"),
    T("60天", 60, "day"),                           # 我省: no place; 延长 (a verb; 延长县 is in 陕西): no place
    T("15天", 15, "day"),
    C("1个", 1, "item"),                            # 每多生育1个婴儿: digit 1 is no lone 一 (set 1 call 13)
    T("15天", 15, "day"),
    T("4个月", 4, "month"),                         # 怀孕未满4个月: 未满 not on the list
    T("15天", 15, "day"),
    T("4个月", 4, "month"),                         # 怀孕满4个月: 满 not on the list
    T("42天", 42, "day"),
    T("15天", 15, "day"),                           # 5.男方护理假15天
    # 例1/例2/例3: labels
    R("思明区", "350203"),                          # 在思明区一家软件公司: an unnamed company (plain, set 5 call 2); 一家: lone 一
    D("2025年3月12日", "2025-03-12"),               # 一名女婴: lone 一
    D("2024年度", "2024"),
    M("9000元", 9000),                              # 月平均缴费工资为9000元: 月 is part of the noun (no period)
    M("9000元", 9000),                              # formula: each number with its unit is a mention, 30 is nothing (set 8 call 6)
    T("158天", 158, "day"),
    M("47400元", 47400),
    R("湖里区", "350206"),                          # 在湖里区某外贸企业: anonymised (plain)
    D("2025年6月", "2025-06"),
    M("6600元", 6600),                              # 单位上年度: no date
    T("158天", 158, "day"),                         # 158天 + 15天(难产) + 15天(…) = 188天: four durations, + is no range mark
    T("15天", 15, "day"),
    T("15天", 15, "day"),
    C("1个", 1, "item"),                            # (多生育1个婴儿)
    T("188天", 188, "day"),
    M("6600元", 6600),
    T("188天", 188, "day"),
    M("41360元", 41360),
    D("2025年8月", "2025-08"),                      # 张某(男)
    T("15天", 15, "day"),
    M("12000元", 12000),
    M("12000元", 12000),
    T("15天", 15, "day"),
    M("6000元", 6000),
    M("10500元", 10500),                            # 产假前月工资为10500元: 月工资 is a noun (no period)
    T("158天", 158, "day"),
    M("约为55300元", 55300, qualifier="approx"),    # 约为 is on the shared list
    M("7900元", 7900),                              # 比生育津贴多出的7900元
    T("12个月", 12, "month"),                       # 12个月内: 内 not on the list
    R("厦门", XM, in_org=True),                     # “厦门医保”微信公众号: an account; 闽政通: 闽 is a one-character abbreviation
    T("10个工作日", 10, "workday"),
    T("15个工作日", 15, "workday"),
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    R("厦门市", XM),                                # 厦门市对…推行: the city as a place (no office word)
    D("9月底", "--09", qualifier="approx"),         # 截至 is a preposition outside
    C("1.38万人次", 13800, "person"),               # 全市: no place
    M("约8.6亿元", 860000000, qualifier="approx"),
    R("海沧区", "350205"),
    R("集美区", "350211"),
    R("同安区", "350212"),
    R("翔安区", "350213"),
    # 六、 1./2./3.: list numbers
    T("10个月", 10, "month"),                       # 满10个月: 满 not on the list
    M("1000元", 1000),                              # 定额补助1000元
    PH("0592-5306123"),                             # (工作日8:00-12:00,14:30-17:30): times of day
    PH("12393"),
    E("xmyb_sy@example.com"),
    R("厦门", XM, in_org=True),                     # “厦门医保”小程序
    # “÷30×天数”: a bare divisor: nothing
]
