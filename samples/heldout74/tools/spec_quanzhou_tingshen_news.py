from gold_lib import *

FJ, QZ, JJ = "350000", "350500", "350582"      # 福建省, 泉州市, 晋江市
SPEC = [
    R("晋江", JJ),                                 # title: 晋江一诊所负责人 (一诊所: lone 一, an unnamed clinic: plain)
    R("泉州", QZ, in_org=True),                    # 来源:泉州晚报 (a newspaper)
    D("2025-04-16", "2025-04-16"),                 # 发布时间; 18:05 a time
    # 晋法宣: 晋 a one-character abbreviation (the court's publicity office)
    D("4月15日", "--04-15"),                       # 4月15日上午
    R("晋江市", JJ, in_org=True),                  # 晋江市人民法院
    T("58岁", 58, "year", age=True),
    R("晋江市", JJ, in_org=True),                  # 晋江市医疗保障局
    C("40余人", 40, "person", qualifier="min"),    # 共40余人: 余 between number and unit
    DR("2022年1月至2024年6月", "2022-01", "2024-06"),
    R("晋江市", JJ),                               # 晋江市某镇卫生所: anonymised (某镇), plain
    M("每次50元", 50, period="time"),              # 每人每次50元至200元不等: 每人 is no period; two units, two amounts
    M("200元", 200),
    C("312名", 312, "person"),
    M("47.8万元", 478000),                         # 人民币47.8万元
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    P("超过七成", 0.7, qualifier="min"),           # 占比超过七成
    T("两天", 2, "day"),                           # 案发后两天内: 内 is no qualifier
    # 年近六旬: 旬 (a decade of age) is no unit of the guidelines: nothing
    T("两年半", 2.5, "year"),                      # 长达两年半 (call 3); 长达 outside
    T("五年", 5, "year"),                          # 有期徒刑五年至六年: two units, two durations
    T("六年", 6, "year"),
    T("约3个小时", 3, "hour", qualifier="approx"),
    # 今年以来: no number
    R("泉州", QZ),                                 # 泉州两级法院: the courts of two levels in 泉州, a description, plain
    C("17件", 17, "item"),
    C("23人", 23, "person"),
    M("约1,260万元", 12600000, qualifier="approx"),
    R("泉州市", QZ, in_org=True),                  # 泉州市医保局
    PH("0595-22178360"),
    PH("12393"),
    M("20万元", 200000),                           # 最高可获奖励20万元: 最高 does not touch
    R("泉州", QZ, in_org=True),                    # 泉州医保网 (a site)
    U("www.qzyb.example.cn"),
    R("福建省", FJ, in_title=True),                # 《福建省医疗保障基金使用监督管理办法》
    P("2%", 0.02),
    M("最低200元", 200, qualifier="min"),
    T("两天", 2, "day"),                           # "两天内"退赃 (quoted words are text)
    # "不到一周": lone 一
]
