from gold_lib import *

XZ = "320300"                                       # 徐州市 (江苏省)
SPEC = [
    # breadcrumb 首页 > 政策法规 > 政策解读: nothing
    R("徐州市", XZ, in_title=True),                 # 《徐州市长期护理保险办法》: 市长 inside 徐州市长期 is no word here
    D("2025-03-12", "2025-03-12"),                  # 发布日期 of the main article: a plain date (set 1 call 8)
    R("徐州市", XZ, in_org=True),                   # 来源:徐州市医疗保障局
    # 浏览次数:2146: a counter with no unit; 【字体:大 中 小】: nothing
    R("徐州市", XZ, in_org=True),                   # 徐州市人民政府办公室
    R("徐州市", XZ, in_title=True),
    # 徐政办规〔2025〕2号: a document number
    D("2025年4月1日起", "2025-04-01", qualifier="from"),
    DR("2025年4月1日至6月30日", "2025-04-01", "2025-06-30"),
    R("徐州市", XZ, in_title=True),                 # 原《徐州市长期护理保险暂行办法》
    # 一、…九、: list numbers; 全市: no place
    R("鼓楼区", "320302"),                          # 徐州's 鼓楼区 (also 南京, 福州, 开封): the page's city decides
    R("云龙区", "320303"),
    R("贾汪区", "320305"),
    R("泉山区", "320311"),
    R("铜山区", "320312"),
    R("丰县", "320321"),                            # one character + 县
    R("沛县", "320322"),
    R("睢宁县", "320324"),
    R("新沂市", "320381"),
    R("邳州市", "320382"),
    D("2025年2月底", "2025-02", qualifier="approx"),   # 截至 outside; 底 → approx
    C("约856.3万人", 8563000, "person", qualifier="approx"),
    M("每年100元", 100, period="year"),            # 每人每年100元: 每人 outside (set 1 call 2)
    M("30元", 30),
    M("40元", 40),
    M("30元", 30),
    M("20元", 20),
    M("80元", 80),
    T("不少于6个月", 6, "month", qualifier="min"),
    T("6个月以上", 6, "month", qualifier="min"),
    # 轻度失能…重度失能一级/二级/三级, 重度失能一级至三级: disability grades (set 2 call 9), no mentions
    R("徐州", XZ, in_org=True),                     # “徐州医保”微信公众号 (an account)
    R("徐州", XZ, in_org=True),                     # “我的徐州”APP (an app)
    # 各县(市、区): no place
    T("5个工作日", 5, "workday"),                   # 之日起5个工作日内: 内 is not on the list
    T("15个工作日", 15, "workday"),
    R("徐州市", XZ, in_org=True),                   # 徐州市医疗保障局网站
    T("5个工作日", 5, "workday"),                   # 公示5个工作日
    T("2年", 2, "year"),                            # 有效期为2年
    T("10个工作日", 10, "workday"),
    M("每次300元", 300, period="time"),
    C("三种", 3, "kind"),                           # 分为…三种形式
    # (一)(二)(三): list numbers; 一级、二级、三级人员: grades
    M("每天40元", 40, period="day"),               # 按每人每天40元: 每人 outside
    M("50元", 50),
    M("60元", 60),
    P("70%", 0.7),                                  # 基金按70%支付: 按/支付 outside
    P("65%", 0.65),
    M("900元", 900),                                # 每人每月按900元标准: 按 stands between 每月 and the amount (set 2 call 6)
    M("每月100元", 100, period="month"),
    T("不少于12小时", 12, "hour", qualifier="min"),  # 每月服务时长不少于12小时: durations have no period
    M("最高1800元", 1800, qualifier="max"),         # 每月服务费用最高1800元: 费用 between 每月 and 最高
    P("75%", 0.75),
    # 一种护理形式, 一个自然年度: lone 一
    C("1次", 1, "time"),                            # 可变更1次: digit 1 is no lone 一 (set 1 call 13)
    # 第三人 (a third party): an ordinal, no count; 每人每天限额: no number
    D("次月1日起", "---01", relative_to="next_month", qualifier="from"),
    # 次月起: no day, no date
    T("60日", 60, "day"),                           # 60日内补缴: 内 is not on the list
    D("每月10日前", "---10", relative_to="every_month", qualifier="until"),
    # 上月: no number
    C("126家", 126, "institution"),
    C("18家", 18, "institution"),
    C("92家", 92, "institution"),
    C("16家", 16, "institution"),
    C("3150名", 3150, "person"),
    R("徐州市", XZ, in_org=True),                   # 徐州市医疗保障局长期护理保险科 (局长 inside: no word)
    PH("0516-83731265"),
    PH("12393"),
    E("xzcare@example.gov.cn"),
    R("铜山区", "320312"),                          # a label before a phone (set 5 call 4): plain
    PH("0516-83521807"),
    R("沛县", "320322"),
    PH("0516-89621433"),
    R("邳州市", "320382"),
    PH("0516-86231270"),
    R("徐州市", XZ, in_org=True),                   # signature
    D("2025年3月12日", "2025-03-12"),
]
