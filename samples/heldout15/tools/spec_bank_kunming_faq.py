from gold_lib import *

KM = "530100"                                       # 昆明市
SPEC = [
    R("云南省", "530000", in_org=True),             # 某银行云南省分行客户服务中心: a bank's branch
    D("2025-06-18", "2025-06-18"),                  # 更新时间
    # 问1 … 问6: item labels (no unit), like list numbers (set 13 call 8)
    R("云南省", "530000", in_title=True),           # 《云南省…实施办法》
    D("2023年1月1日起", "2023-01-01", qualifier="from"),
    R("昆明市", KM),                                # 昆明市在职职工…: a place before people, plain
    P("2%", 0.02),
    P("60%", 0.6),
    P("70%", 0.7),
    C("不超过5名", 5, "person", qualifier="max"),   # 每名参保人: 每名 is no count (no number)
    PH("95588"),                                    # a bank's 95xxx service number
    m("phone", "10086", "10086", kind="service"),   # 中国移动's hotline (set 11 call 2); PH() has no rule for 10086
    T("1-3个工作日", (1, 3), "workday"),
    M("不超过5,000元", 5000, qualifier="max"),     # 单笔: no period word
    M("不超过2万元", 20000, qualifier="max"),       # 当日累计: 当日 does not touch, no period
    M("每月2元", 2, period="month"),
    PH("95588"),
    T("5天", 5, "day"),                             # 有效期为5天
    T("7日", 7, "day"),                             # 7日后可到网点补卡: a duration (the guidelines' 30日后), 后 not a qualifier of durations
    PH("95588"),
    T("24小时", 24, "hour"),                        # 7×24小时: the 7 is a bare factor (set 8 call 6: × no range mark)
    # 问6: 国家医保服务平台APP: no place; 省内: no place
    PH("12393"),
    T("不少于6个月", 6, "month", qualifier="min"),   # 备案后不少于6个月方可变更
    T("6个月", 6, "month"),
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    # (1)…(5): list numbers
    PH("95588"),
    PH("400-669-5588"),
    R("昆明五华区", "530102", in_org=True),         # 昆明五华区营业部: a chain inside a branch's name
    PH("0871-63151234"),                            # 转8021: an extension, no part of it (set 3 call 7)
    R("官渡区", "530111"),                          # 官渡区社保卡服务专员: a place before a person's post, plain
    PH("138 8712 3456"),                            # a grouped mobile; 工作日9:00-17:00: times of day, 工作日 without a number
    PH("12393"),
    R("昆明市", KM),                                # 昆明市医保服务热线: a place before a hotline, plain (set 7 call 5)
    PH("0871-63130061"),
    U("https://www.example-bank.com.cn/yn/shebao"),
    E("yn_kefu@example-bank.com.cn"),
]
