from gold_lib import *

LA = "341500"   # 六安市
JA, YA, YJ, HQ = "341502", "341503", "341504", "341522"   # 金安区, 裕安区, 叶集区, 霍邱县
SC, JZ, HS = "341523", "341524", "341525"                 # 舒城县, 金寨县, 霍山县
SPEC = [
    # 医保工作简报 / 第14期(总第86期): ordinals, nothing
    R("六安市", LA, in_org=True),                   # 六安市医疗保障局办公室
    D("2025年7月15日", "2025-07-15"),
    # 【编者按】基金安全: 金安 here is 基金 + 安全, no place;
    # 今年以来: 今年 a relative word, 以来 does not touch a date; 各县区: no place
    # 一、…四、: list numbers
    DR("2025年1-6月", "2025-01", "2025-06"),
    M("58.62亿元", 5862000000),
    M("51.37亿元", 5137000000),
    P("12.4%", 0.124),
    T("9.6个月", 9.6, "month"),                     # 可支付月数为9.6个月
    # “医保政策进万家”: a slogan; 万家 has no numeral before 万, no count
    R("金安区", JA),                                # 金安区开展…: the district as a subject, no organisation name
    D("6月份", "--06"),                             # 份 is part of the mention
    R("金安区", JA),
    C("22个", 22, "item"),                          # 22个乡镇(街道)
    C("3.2万份", 32000, "piece"),
    C("1.5万余人", 15000, "person", qualifier="min"),   # 余 between number and unit: "more than"
    R("霍邱县", HQ),
    # 上半年: no date
    C("2186人", 2186, "person"),
    T("15个工作日", 15, "workday"),
    T("5个工作日", 5, "workday"),
    P("98.7%", 0.987),
    R("舒城县", SC),
    R("霍山县", HS),
    # 两县: 县 is no classifier, nothing
    C("317家", 317, "institution"),
    # 上年同期: no date
    P("21%", 0.21),
    P("46%", 0.46),
    # 【各地经验】
    R("金寨县", JZ),                                # 金寨县:推行…
    P("90%左右", 0.9, qualifier="approx"),
    M("每年不超过5000元", 5000, period="year", qualifier="max"),   # 每人每年不超过5000元 (set 1 calls 2, 3)
    D("2025年", "2025"),                            # 2025年上半年: 上半年 no qualifier of the list
    C("4.1万人次", 41000, "person"),
    M("1.36亿元", 136000000),
    R("裕安区", YA),
    C("291个", 291, "item"),                        # 291个村(社区)
    C("近600名", 600, "person", qualifier="approx"),   # 近 is on the shared list
    C("12个", 12, "item"),
    R("叶集区", YJ),
    R("河南省固始县", "411525"),                    # one chain; 合作协议: 合作 a common word
    # 【数据速览】
    D("2025年", "2025"),
    # table: 参保人数(万人) in the header (万人 alone has no number); the cells 78.6, 86.2, 21.4, 131.5 carry no unit: nothing
    R("金安区", JA),
    P("99.1%", 0.991),
    R("裕安区", YA),
    P("98.9%", 0.989),
    R("叶集区", YJ),
    P("99.3%", 0.993),
    R("霍邱县", HQ),
    P("98.6%", 0.986),
    D("7月底前", "--07", qualifier="until"),        # 底前 is an `until` word
    D("9月1日起", "--09-01", qualifier="from"),
    D("2026年度", "2026"),
    # 报:省医保局,市委办、市政府办 / 送 / 发:各县区医疗保障局: no named place
    PH("0564-3376152"),
    C("40份", 40, "piece"),                         # (共印40份)
]
