from gold_lib import *

GZ, BY, HZ, PY = "440100", "440111", "440105", "440113"   # 广州市; 白云区, 海珠区, 番禺区 (广州's: 白云区 is also 贵阳's)
SPEC = [
    R("广州市", GZ, in_org=True),                   # 广州市卫生健康委员会关于…的通报; (第12期): an issue number, nothing
    D("2025-11-04", "2025-11-04"),                  # 发布时间 of the main article: a plain date (set 1 call 8); 17:30 a time
    R("广州市", GZ, in_org=True),                   # 来源:广州市卫生健康委员会
    D("2025年11月3日", "2025-11-03"),               # 2025年11月3日0时至24时: 0时 and 24时 are times (call 1), no range
    R("广州市", GZ),                                # 广州市新增…: the place the news is about
    C("12例", 12, "case"),
    C("2例", 2, "case"),
    R("白云区", BY),
    C("5例", 5, "case"),
    R("海珠区", HZ),
    C("4例", 4, "case"),
    R("番禺区", PY),
    C("3例", 3, "case"),
    D("11月3日", "--11-03"),                        # 截至11月3日24时: 截至 is a preposition; 24时 a time
    C("236例", 236, "case"),
    P("31.5%", 0.315),
    # 一、 二、 三、: section numbers; 病例1, 病例2 … 病例12, 输入病例1/2: case labels, nothing (call 2)
    T("45岁", 45, "year", age=True),
    R("白云区", BY),                                # 白云区同德街道白云山庄小区: 同德街道 is a street office (no place);
                                                    # 白云 in 白云山庄 is part of a compound's name (call 3)
    D("10月29日", "--10-29"),
    D("10月31日", "--10-31"),
    R("广州", GZ, in_org=True),                     # 广州医科大学附属第二医院
    D("11月2日", "--11-02"),
    T("8岁", 8, "year", age=True),
    R("海珠区", HZ),                                # 海珠区南洲街道番禺新村小区: 南洲街道 a street; 番禺 in 番禺新村 is
                                                    # part of a compound's name, not 番禺区 (call 3)
    D("11月1日", "--11-01"),
    D("11月3日", "--11-03"),
    T("3~78岁", (3, 78), "year", age=True),         # 年龄在3~78岁之间: one age range
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    C("4人", 4, "person"),
    T("32岁", 32, "year", age=True),
    D("10月30日", "--10-30"),                       # 入境后第2天: an ordinal, nothing; 柬埔寨, 泰国: countries, no divisions
    T("27岁", 27, "year", age=True),
    P("约85%", 0.85, qualifier="approx"),
    R("广州市", GZ, in_title=True),                 # 《广州市登革热救治费用保障工作方案》
    M("超过2000元", 2000, qualifier="min"),         # 超过 is on the shared list
    M("不超过5000元", 5000, qualifier="max"),
    C("3家", 3, "institution"),
    # 200米: a distance, no mention
    T("7天", 7, "day"),
    T("24小时", 24, "hour"),                        # 24小时内: 内 is not a qualifier
    T("14天", 14, "day"),                           # 发病前14天
    D("11月5日", "--11-05"),                        # 11月5日18时前: 前 touches the hour, not the date: no qualifier (call 1)
    R("白云区", BY),
    R("海珠区", HZ),
    PH("020-83811234"),                             # (8:30-17:30): office hours, times
    PH("12320"),
    R("广州市", GZ, in_org=True),                   # signature: 广州市卫生健康委员会
    D("2025年11月4日", "2025-11-04"),
]
