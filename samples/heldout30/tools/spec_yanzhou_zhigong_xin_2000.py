from gold_lib import *

YZ = "370812"                                   # 兖州市 (county-level city → 兖州区 of 济宁, 2013)
RN = dict(renamed_from="兖州市")
SPEC = [
    # 全市, 我市: no places
    R("兖州市", YZ, **RN),                               # ——兖州市城镇职工基本医疗保险制度改革宣传材料之一: a place before a topic; 之一 nothing
    # 国发〔1998〕44号: a document number
    R("山东省", "370000", in_title=True),                # 《山东省建立城镇职工基本医疗保险制度总体规划》
    R("济宁市", "370800", in_org=True),                  # 经济宁市人民政府批准 (经 + 济宁: 济宁 is the city, 经济 is not a word here)
    D("2000年7月1日起", "2000-07-01", qualifier="from"),
    # 又一项 (a lone 一), 千家万户 (an idiom: 千家 counts nothing): nothing
    P("6%", 0.06),
    P("2%", 0.02),
    D("1999年", "1999"),
    M("638元", 638),                                     # 月平均工资为638元: 月 is part of a noun (set 5 call 14)
    P("60%", 0.6),
    P("60%", 0.6),
    P("300%", 3.0),                                      # a percent above 100% (set 5 call 16)
    P("30%左右", 0.3, qualifier="approx"),
    T("45周岁", 45, "year", age=True),                   # 不满45周岁: 不满 is not a list word (set 3)
    P("0.8%", 0.008),
    T("45周岁及以上", 45, "year", age=True, qualifier="min"),
    P("1.2%", 0.012),
    P("4%", 0.04),
    M("每月不低于25元", 25, period="month", qualifier="min"),
    P("10%左右", 0.1, qualifier="approx"),
    D("2000年", "2000"),
    M("700元", 700),
    # 4倍左右: a multiple (set 4 call 3): nothing
    D("2000年", "2000"),
    M("3万元", 30000),
    M("5000元", 5000),                                   # 起付标准至5000元: 至 joins a word and an amount, no range
    P("85%", 0.85),
    M("5000元", 5000),                                   # 5000元至1万元: two amounts, each with its unit (set 1 call 4)
    M("1万元", 10000),
    P("88%", 0.88),
    M("1万元", 10000),
    M("3万元", 30000),
    P("92%", 0.92),
    P("5个百分点", 0.05, points=True),
    M("每年60元", 60, period="year"),                    # 按每人每年60元缴纳
    M("10万元", 100000),                                 # 补助最高支付10万元: 支付 between 最高 and the amount
    C("12家", 12, "institution"),
    C("8家", 8, "institution"),
    C("3家", 3, "institution"),
    R("济南", "370100"),
    R("北京", "110000"),                                 # a municipality: province level
    P("15%", 0.15),
    DR("2000年6月1日至6月30日", "2000-06-01", "2000-06-30"),
    T("6个月", 6, "month"),                              # 满6个月后
    PH("3412785", inferred_code="0537"),                 # a local 7-digit number, completed from the article's region (兖州 → 济宁, 0537)
    PH("3412786", inferred_code="0537"),
    R("兖州市", YZ, **RN),                               # 地址:兖州市建设东路16号: the road, its number and 三楼 are nothing (set 1 call 18)
    R("兖州市", YZ, in_org=True, **RN),                  # 兖州市劳动和社会保障局
    R("兖州市", YZ, in_org=True, **RN),                  # 兖州市医疗保险管理处
    D("二〇〇〇年五月十八日", "2000-05-18"),
]
