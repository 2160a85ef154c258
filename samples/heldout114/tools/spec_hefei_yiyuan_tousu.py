from gold_lib import *

AH, HF, YH = "340000", "340100", "340102"          # 安徽省, 合肥市, 瑶海区
SPEC = [
    R("合肥市", HF, in_org=True),                   # 合肥市第二人民医院 (第二: part of the name; 二人 in 第二人民 no count)
    D("2025-06-10", "2025-06-10"),                  # 发布日期 of the main article: plain
    # 浏览次数:2386: a counter
    R("安徽省", AH, in_title=True),                 # 《安徽省医疗纠纷预防与处理办法》: a regulation's title, no organisation
    D("2025年7月1日起", "2025-07-01", qualifier="from"),
    # 一、 1. 一楼: section/list numbers, a floor; 8:00-12:00, 14:30-17:30: times
    PH("0551-62965120"),
    PH("(0551)62965110"),                           # parentheses belong to the number (set 1 call 16)
    T("24小时", 24, "hour"),
    R("合肥市瑶海区", YH),                          # address chain; 和平路390号 (和平: part of a road's name, no place; also in the last line), 邮编230011: nothing
    E("tousu@hfey.example.cn"),
    U("www.hfey.example.cn"),
    R("合肥", HF, in_org=True),                     # "合肥二院"微信公众号: an abbreviated name and an account
    # table: 投诉类型 | 答复时限
    T("1个工作日", 1, "workday"),                   # digit 1 is no lone 一 (set 1 call 13)
    T("3个工作日", 3, "workday"),
    T("不超过15个工作日", 15, "workday", qualifier="max"),   # 不超过<b>15</b>个工作日
    T("5个工作日", 5, "workday"),                   # 之日起5个工作日内: 起 belongs to 之日起, 内 no qualifier
    T("10个工作日", 10, "workday"),                 # 可延长至10个工作日: 至 a preposition; 延长 (a county's short name elsewhere) is the verb here
    M("1万元以下", 10000, qualifier="max"),
    M("超过2万元", 20000, qualifier="min"),         # 超过 is on the shared list (min)
    R("合肥市", HF, in_org=True),                   # 合肥市医疗纠纷人民调解委员会
    PH("0551-63581234"),
    # 门诊三楼301室: a floor and a room number
    M("0.5元", 0.5),                                # 每页0.5元: 每 + a classifier is no period
    PH("12393"),
    PH("12345"),
    D("2024年", "2024"),                            # 四、2024年投诉处理情况
    D("2024年", "2024"),
    C("418件", 418, "item"),
    P("43%", 0.43),
    P("21%", 0.21),
    P("100%", 1),
    P("96.5%", 0.965),
    C("37件", 37, "item"),
    M("286.7万元", 2867000),
    D("2023年", "2023"),
    P("约一成", 0.1, qualifier="approx"),
    R("合肥市瑶海区", YH),                          # 医院地址: address chain
    PH("13955123456"),
]
