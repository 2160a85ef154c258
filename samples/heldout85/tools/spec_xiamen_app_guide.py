from gold_lib import *

XM, FJ = "350200", "350000"                         # 厦门市, 福建省
SPEC = [
    R("厦门", XM, in_org=True),                     # “i厦门”APP (title): an app's name
    R("厦门市", XM, in_org=True),                   # 来源:厦门市医疗保障局
    D("2025-05-12", "2025-05-12"),                  # 16:20 a time; 阅读:2.1万 no unit
    D("2025年起", "2025", qualifier="from"),
    R("厦门市", XM),                                # 厦门市已有23家…: the city
    C("23家", 23, "institution"),
    T("约5分钟", 5, "minute", qualifier="approx"),
    # 第一步 … 第五步: ordinals; 1. 2. 3.: list numbers
    R("厦门", XM, in_org=True),                     # 搜索“i厦门”
    # 安装包约86MB: a file size, nothing
    # 6位验证码(如:538216): 位 counts digits here, not people (set 11: 6位数字密码); the code is no phone
    T("5分钟", 5, "minute"),                        # 5分钟内有效
    # 8-16位登录密码: digits of a password, nothing
    C("1次", 1, "time"),                            # 眨眼、张嘴各1次
    C("超过3次", 3, "time", qualifier="min"),
    T("24小时", 24, "hour"),                        # 24小时后
    R("厦门市", XM),                                # 厦门市医保信息: a topic
    # 6位支付密码, 123456: nothing
    R("厦门", XM, in_org=True),                     # 厦门大学附属第一医院
    R("厦门市", XM, in_org=True),                   # 厦门市中医院
    R("思明区", "350203", in_org=True),             # 思明区第一医院
    # 医生评分(如4.8分): a rating
    M("20元/次起", 20, period="time", qualifier="min"),
    T("近6个月", 6, "month", qualifier="approx"),   # 近6个月内
    P("70%", 0.7),
    M("每年700元", 700, period="year"),
    # 订单号为18位数字(如:XM2025051200871234): an order number; 18位 counts digits
    R("厦门市", XM),                                # 仅限厦门市参保人员
    R("福建省", FJ),                                # 福建省内
    D("2025年底前", "2025", qualifier="until"),
    # 7:30-23:00: times of day
    T("2小时", 2, "hour"),                          # 2小时内
    R("湖里区", "350206"),
    R("思明区", "350203"),
    T("3小时", 3, "hour"),                          # 最快3小时: 最快 is not on the list
    R("同安区", "350212"),
    R("翔安区", "350213"),
    T("1至2天", {"min": 1, "max": 2}, "day"),
    PH("0592-5053281"),
    PH("12345"),
]
