from gold_lib import *

JZ, LN, TH, GT = "210700", "210000", "210711", "210702"   # 锦州市, 辽宁省, 太和区, 古塔区
BZ, HS, YX = "210782", "210726", "210727"                  # 北镇市, 黑山县, 义县
SPEC = [
    # the reply (newest first)
    D("3月份", "--03"),                             # 主题:回复:关于3月份DRG月度预拨金额差异的咨询
    R("锦州市", JZ, in_org=True),                    # 发件人:锦州市医疗保障事务服务中心 结算科
    E("jsk_jzybzx@example.gov.cn"),                 # <…>: the angle brackets are punctuation
    D("2025年4月9日", "2025-04-09"),                 # (星期三) 下午3:18: weekday and time of day, nothing
    E("ybb_wang@jzdesan-example.cn"),
    E("jsk_li@example.gov.cn"),
    D("2025年3月", "2025-03"),                       # 附件:2025年3月预拨明细(第三人民医院).xlsx: 第三 an ordinal; (41 KB) a file size
    D("3月份", "--03"),
    # 1. 2. 3.: list numbers (a draft had 1.2025年起, rewritten 1.自2025年起: set 23 call 8)
    D("2025年起", "2025", qualifier="from"),
    P("95%", 0.95),
    P("90%", 0.9),
    D("2024年", "2024"),
    M("1342.6万元", 13426000),                       # 月均统筹基金结算额1342.6万元: 月均 is no period word
    D("3月", "--03"),
    M("1208.34万元", 12083400),
    D("2月份", "--02"),
    M("6.85万元", 68500),
    C("17例", 17, "case"),
    P("3%", 0.03),
    M("36.25万元", 362500),
    D("3月", "--03"),
    M("1165.24万元", 11652400),
    D("4月3日", "--04-03"),
    D("2024年度", "2024"),
    P("7.6%", 0.076),                               # 清算结余率为7.6%
    P("10%以内", 0.1, qualifier="max"),
    P("70%", 0.7),
    M("约为186万元", 1860000, qualifier="approx"),    # 约为 is on the shared list (set 27 call 6)
    D("5月底前", "--05", qualifier="until"),          # 底前 → until (guidelines; set 6 call 10)
    PH("0416-3128607"),
    PH("0416-3128615"),
    # (工作日8:30-17:00): 工作日 without a number, times of day
    R("锦州市", JZ, in_org=True),                    # signature
    R("辽宁省锦州市太和区", TH),                      # 地址: a chain at the county; 凌西大街: a street; 某号
    # 邮编:121000: a postcode
    # -------- 原始邮件 -------- (the quoted message)
    E("ybb_wang@jzdesan-example.cn"),
    D("2025年4月7日", "2025-04-07"),                 # (星期一) 上午9:46
    E("jsk_jzybzx@example.gov.cn"),
    D("3月份", "--03"),
    D("3月份", "--03"),
    M("1165.24万元", 11652400),
    D("2月份", "--02"),
    M("1275.47万元", 12754700),
    M("110.23万元", 1102300),
    P("约8.6%", 0.086, qualifier="approx"),          # 降幅约8.6%
    DR("1-3月", "--01", "--03"),                     # 今年1-3月: 今年 outside (set 6 call 2)
    C("23例", 23, "case"),
    D("2024年", "2024"),
    C("4.16万例", 41600, "case"),
    P("99.2%", 0.992),
    # CMI值1.12: an index, no unit (set 4 call 3)
    R("锦州市", JZ, in_org=True),                    # 锦州市第三人民医院 (第三: part of the hospital's name, an ordinal)
    PH("0416-2856372"),
    PH("186 4163 0921"),
    R("锦州市古塔区", GT),                            # 地址: chain; 士英街: a street
    # 发自我的iPhone: a mail client's signature
    # -------- 原始邮件 -------- (the first message)
    E("jsk_li@example.gov.cn"),
    D("2025年1月6日", "2025-01-06"),                 # 14:02: a time of day
    # 收件人:全市DRG付费定点医疗机构: 全市 no place
    D("2025年", "2025"),                            # 【通知】2025年DRG月度预拨调整
    R("锦州市", JZ, in_title=True),                  # 《锦州市DRG付费月度预拨管理办法》
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    P("90%", 0.9),
    P("85%", 0.85),
    D("每月10日前", "---10", relative_to="every_month", qualifier="until"),
    P("3%", 0.03),
    R("北镇市", BZ, in_org=True),                    # 北镇市、黑山县、义县医共体成员单位: one shared organisation word (call 7)
    R("黑山县", HS, in_org=True),
    R("义县", YX, in_org=True),
]
