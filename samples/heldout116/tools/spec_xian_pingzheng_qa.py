from gold_lib import *

XA, SX, YT = "610100", "610000", "610113"       # 西安市, 陕西省, 雁塔区
SPEC = [
    C("8个", 8, "item"),                            # title: 8个问答
    R("西安市", XA, in_org=True),                   # byline 西安市医疗保障局
    D("2025-09-22", "2025-09-22"),
    # 问1…问8: question numbers
    D("2025年6月底", "2025-06", qualifier="approx"),
    C("超过10亿人", 1000000000, "person", qualifier="min"),
    R("西安市", XA),                                # 西安市激活人数: plain
    C("约720万人", 7200000, "person", qualifier="approx"),
    T("60秒", 60, "second"),                        # 每60秒: 每 is a period word only for money
    # 一次: lone 一
    # 问1: … 问8:: question numbers (review lists 1: … 8:)
    # 验证码是482916: a code, no unit, nothing (call 4)
    T("5分钟", 5, "minute"),                        # 5分钟内有效: 内 no qualifier
    # 6位数字: 位 counts digits, no count
    P("100%", 1),                                   # 100%是诈骗: a percent as written
    C("5名", 5, "person"),                          # 最多可添加5名: 添加 between 最多 and the count
    T("16周岁", 16, "year", age=True),              # 年满16周岁: 满 no qualifier
    M("200元", 200),
    R("陕西", SX, in_org=True),                     # "陕西医保"小程序
    T("约3分钟", 3, "minute", qualifier="approx"),
    T("24小时", 24, "hour"),
    R("陕西", SX, in_org=True),                     # "陕西医保"
    PH("12393"),
    # 尾号7702: a card's tail digits, nothing (call 4)
    R("西安市", XA),                                # 西安市医保移动支付: a programme, plain
    M("2000元", 2000),                              # 上限为2000元: 为 between
    # 三级医院: a hospital grade
    P("60%", 0.6),
    R("雁塔区", YT),                                # 雁塔区一家药店: 一家 is lone 一
    R("西安市", XA, in_org=True),                   # 西安市医保局举报电话
    PH("029-86788123", city="西安市"),              # 029 is 西安's and 咸阳's: the article's 西安
    U("https://ybj.xa.example.gov.cn"),
    DR("2025年1月至8月", "2025-01", "2025-08"),
    R("西安市", XA),                                # 西安市共拦截: plain
    C("1.3万条", 13000, "item"),
]
