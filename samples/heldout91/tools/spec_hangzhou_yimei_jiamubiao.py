from gold_lib import *

HZ, XH = "330100", "330106"                        # 杭州市, 西湖区 (杭州's)
SPEC = [
    R("杭州", HZ, in_org=True),                    # 杭州西子颜医疗美容诊所: the clinic's name
    D("2026年", "2026"),                           # 2026年春季价目表: 春季 is no date word of the guidelines
    R("杭州市西湖区", XH),                         # address chain; 文三路398号: road and house number, nothing
    PH("0571-87651234"),
    PH("139 5718 2046"),
    # 医疗机构登记号:PDY1234563301: an ID (digits inside a code)
    # 价格单位:元(人民币): a unit with no number
    # 一、二、三、四、五、: section numbers
    M("3980元起", 3980, qualifier="min"),
    M("2680元起", 2680, qualifier="min"),
    M("4500元", 4500),
    M("6800-9800元", (6800, 9800)),                # one unit: one range mention
    # (国产,1ml): ml is no unit of any type in the guidelines
    M("1280元", 1280),                             # 1280元/支: /支 is a classifier, no period (earlier sets)
    # (进口,1ml)
    M("3680元", 3680),                             # 3680元/支
    # 第2支起: an ordinal (第), nothing; 起 belongs to it, not to the amount
    M("2980元", 2980),                             # 每支2980元: 每 + classifier is no period
    # 肉毒素(100单位): 单位 is no unit
    M("每次1980元", 1980, period="time"),
    # 水光针(2.5ml): nothing
    M("680元/次", 680, period="time"),
    C("3次", 3, "time"),                           # 买3次送1次
    C("1次", 1, "time"),                           # digit 1 is not a lone 一 (set 1 call 13)
    # 热玛吉(全脸900发): 发 (shots) is no classifier of the guidelines: nothing
    M("16800元", 16800),
    # 600发: nothing
    M("12800元", 12800),
    # 眼周(225发): nothing
    M("5800元", 5800),
    M("380元/次", 380, period="time"),
    M("1500元/次", 1500, period="time"),
    C("5次", 5, "time"),                           # 疗程5次8800元
    M("8800元", 8800),
    # 四、1. 2. 3. 4.: list numbers
    M("1万元", 10000),                             # 储值1万元
    P("8.8折", 0.88),                              # a discount: the share paid
    M("3万元", 30000),
    P("七五折", 0.75),
    # 会员卡号示例:VIP 6688 1234 5678: a card number, no phone (12 digits, no area code)
    # 订单号格式:XZY20260318000127: an order number, no date inside it
    M("200元", 200),                               # 200元代金券
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    # 周一至周日 10:00-21:00: weekdays and times of day
    T("7天", 7, "day"),                            # 术后7天内: 内 is not a qualifier
    T("3个月", 3, "month"),
    C("1次", 1, "time"),                           # 免费修复1次
    DR("2026年3月1日至2026年5月31日", "2026-03-01", "2026-05-31"),
    m("phone", "12315", "12315", kind="service"),  # call 1
    E("kefu@xiziyan.example.com"),
    U("www.xiziyan.example.com"),
]
