from gold_lib import *

HF, AH = "340100", "340000"                         # 合肥市, 安徽省
SPEC = [
    R("合肥市", HF, in_org=True),                   # 合肥市医疗保障局
    D("2025-04-18", "2025-04-18"),
    R("合肥", HF, in_org=True),                     # 合肥医保公众号: an account's name
    # 问1 … 问6: question numbers
    M("每天150元", 150, period="day"),              # 每天150元至300元: two amounts (set 1 call 4)
    M("300元", 300),
    R("合肥市", HF),                                # 合肥市长期护理保险: a place before a programme
    M("1500元", 1500),                              # 每月最高支付1500元: 支付 stands between 最高/每月 and the amount
    R("安徽省", AH),                                # 按安徽省有关规定
    T("1小时", 1, "hour"),                          # 首1小时内: 首 and 内 are not part
    M("2元", 2),                                    # 每小时2元: no period (call 1)
    T("超过1小时", 1, "hour", qualifier="min"),
    M("3元", 3),
    T("24小时", 24, "hour"),                        # 24小时内: 内 is not a qualifier
    M("不超过20元", 20, qualifier="max"),           # 累计不超过20元 (guidelines' own example form)
    # 三级医院: a hospital level
    M("每床日50元以内", 50, period="day", qualifier="max"),  # 每床日 → day (guidelines), 以内 → max
    # 单人间、双人间: 单/双 are no numbers
    # 三级医院
    M("每次800元", 800, period="time"),
    P("85%", 0.85),
    P("5个百分点", 0.05, points=True),
    # 一个自然年度: lone 一
    M("40万元", 400000),                            # 最高支付限额为40万元: 为 stands between
    # “皖事通”APP: 皖 is a one-character abbreviation, no place
    T("6个月", 6, "month"),
    T("3天以上", 3, "day", qualifier="min"),
    P("10%", 0.1),
    C("1人", 1, "person"),                          # 限陪护1人
    T("48小时", 48, "hour"),
    PH("12393"),
    PH("0551-63356789"),
    U("https://ybj.hefei.example.gov.cn"),
]
