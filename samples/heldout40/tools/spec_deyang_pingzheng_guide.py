from gold_lib import *

DY = "510600"                                       # 德阳市
SPEC = [
    R("德阳市", DY, in_org=True),                   # 德阳市医疗保障局 (the site's header)
    D("2026年3月", "2026-03"),                      # (2026年3月更新): 更新 is no qualifier word
    D("2026-03-10", "2026-03-10"),                  # 发布日期
    R("德阳市", DY, in_org=True),                   # 来源:德阳市医疗保障事务中心
    # 浏览次数:4173: a counter with no unit; 全国 (×2): no place; 国家医保信息平台: no place
    D("2026年2月底", "2026-02", qualifier="approx"),  # 截至2026年2月底: 截至 outside, 底 approx
    C("286.4万人", 2864000, "person"),
    P("约为83.5%", 0.835, qualifier="approx"),      # 约为 is on the shared list (set 27 call 6)
    C("1426家", 1426, "institution"),               # 全市 before it: no place
    # 一步步: no count; 一、/二、…: list numbers; 第一步…第五步, 步骤1…步骤3: step numbers (ordinals), nothing
    # 约85MB: MB is no unit of the guidelines (a file size): nothing
    # [图1:…] [图2:…]: figure numbers, nothing
    # 6位验证码: no count (set 11 call 3, 6位数字密码: the length of a code counts no person)
    T("5分钟", 5, "minute"),                        # 有效期为5分钟
    T("30秒", 30, "second"),                        # 30秒内: 内 is no qualifier (guidelines: 3个月内)
    C("3次", 3, "time"),                            # 连续失败3次
    T("24小时", 24, "hour"),                        # 24小时后: like the guidelines' 30日后 → 30日
    # [图3:医保码页面示意]: a screen drawn with box characters (┌ │ └: layout); 王* 510603********1234: a masked
    # ID number (no region: 510603 is a code inside an ID, not a name; set 15 call 3)
    M("¥1,286.50", 1286.5),                          # 个人账户余额 ¥1,286.50: ¥ before the amount (set 21 call 7)
    C("10名", 10, "person"),                        # 最多可添加10名: 可添加 stands between 最多 and the count
    T("16周岁", 16, "year", age=True),              # 未满16周岁: 未满 is not on the shared list
    # 步骤1/2/3: step numbers
    R("四川省德阳市", DY),                          # 参保地"四川省德阳市": a chain, the city
    # 同一人 (the same person): 一 + 人 is a lone determiner (no count); 同一张 likewise
    # 1.挂号 2.结算 3.购药 4.异地就医: list numbers
    R("德阳市", DY, in_org=True),                   # 德阳市人民医院
    R("德阳市", DY, in_org=True),                   # 德阳市第二人民医院 (第二: part of the name, an ordinal; 二人 in 第二人民医院 is no count)
    R("旌阳区", "510603"),                          # 旌阳区某社区卫生服务中心: 某 names no body (not in_org)
    M("320元", 320),
    M("10元", 10),
    P("60%", 0.6),                                  # 按60%支付186元: 320-10=310, ×60% = 186
    M("186元", 186),
    M("134元", 134),                                # 124 + 10 (起付) = 134
    M("超过500元", 500, qualifier="min"),           # 单笔消费超过500元: 单笔 is no period
    R("成都", "510100"),
    R("绵阳", "510700"),
    # 多长时间: no number; 一次 (×2): lone 一
    T("60秒", 60, "second"),                        # 每60秒: 每 before a duration is no part of it (set 21 call 6)
    T("60周岁", 60, "year", age=True),              # 年满60周岁: 年满 is not on the shared list
    D("2025年", "2025"),
    M("18.7亿元", 1870000000),
    P("26%", 0.26),
    R("德阳市", DY, in_org=True),                   # 德阳市医疗保障事务中心 咨询电话: the centre (a draft had …中心服务热线, rewritten: set 26 call 5 on hotline names)
    PH("0838-2502317"),
    # 9:00-12:00, 14:00-17:30: times of day
    PH("12393"),                                    # 全国医疗保障服务热线
    R("广汉市", "510681", in_org=True),             # 广汉市、什邡市、绵竹市、中江县、罗江区医保中心: one shared office word
    R("什邡市", "510682", in_org=True),             # (set 7 主送 list, set 28 call 6): each place is in_org
    R("绵竹市", "510683", in_org=True),
    R("中江县", "510623", in_org=True),
    R("罗江区", "510604", in_org=True),
    E("dyyb_fw@example.com.cn"),
    U("https://ybj.deyang.example.gov.cn/pzzn"),    # deyang in the URL: no place
]
