from gold_lib import *

HZ, ZJ = "330100", "330000"                         # 杭州市, 浙江省
SPEC = [
    R("杭州市", HZ, in_org=True),                   # 杭州市医疗保障局 (title line, no 《》)
    R("杭州市", HZ, in_org=True),                   # 杭州市卫生健康委员会
    D("2025年度", "2025"),
    # 杭医保发〔2025〕17号: a document number (杭: one character)
    # 各区、县(市): no names
    R("杭州市", HZ, in_org=True),                   # 杭州市第七人民医院 (第七: an ordinal)
    R("浙江省", ZJ, in_title=True),                 # 《浙江省严重精神障碍患者医疗救助实施办法》
    D("2025年度", "2025"),
    # 一、 二、 … (一)(二)(三): section numbers
    C("6类", 6, "kind"),
    D("2024年12月底", "2024-12", qualifier="approx"),   # 截至 is a preposition
    C("约2.86万人", 28600, "person", qualifier="approx"),
    P("93.5%", 0.935),
    M("每年3600元以内", 3600, period="year", qualifier="max"),  # 每人每年: 每人 is no period (set 1 call 2)
    P("90%", 0.9),
    C("1次", 1, "time"),                            # 每月注射1次: digit 1 is no lone 一; 每月 is no part of a count
    M("约1200元", 1200, qualifier="approx"),        # 每次费用约1200元: 费用 stands between 每次 and the amount
    M("2.4万元", 24000),                            # 年度限额提高至2.4万元
    # 一次最多可开具: lone determiner 一
    T("3个月", 3, "month"),                         # 最多可开具3个月: 可开具 stands between
    T("90天", 90, "day"),
    P("85%", 0.85),
    P("75%", 0.75),
    M("每年1.5万元", 15000, period="year"),         # 年度最高支付限额为每年1.5万元: 最高 does not touch
    M("不超过2000元", 2000, qualifier="max"),       # 每周随访: no number
    M("每年1200元", 1200, period="year"),           # 监护补助每人每年1200元
    C("两次", 2, "time"),
    D("每年6月30日前", "--06-30", recurring="yearly", qualifier="until"),
    D("12月31日前", "--12-31", qualifier="until"),  # 每年 does not touch this one
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    M("每月50元", 50, period="month"),
    DR("2025年3月1日至4月30日", "2025-03-01", "2025-04-30"),
    D("5月15日前", "--05-15", qualifier="until"),
    D("6月起", "--06", qualifier="from"),
    R("萧山区", "330109"),
    R("余杭区", "330110"),
    R("临平区", "330113"),
    R("淳安县", "330127"),
    D("2025年7月底前", "2025-07", qualifier="until"),  # 底前 → until
    # BPRS总分35分以上, PANSS总分60分: scale scores, no unit of any type (分 is a score)
    # 第二次评估: an ordinal
    T("不少于6个月", 6, "month", qualifier="min"),
    PH("0571-85173306"),
    PH("0571-86912345"),
    R("杭州市", HZ, in_org=True),                   # (杭州市第七人民医院社工部): 第七 an ordinal, 七人 no count
    PH("12393"),
    U("https://ybj.hangzhou.example.gov.cn/art/2025/2/18/art_1229.html"),  # numbers inside the URL: nothing
    E("jzbz_hz@example.com"),
    R("杭州市", HZ, in_org=True),                   # signature: 杭州市医疗保障局
    R("杭州市", HZ, in_org=True),                   # 杭州市卫生健康委员会
    D("2025年2月18日", "2025-02-18"),
]
