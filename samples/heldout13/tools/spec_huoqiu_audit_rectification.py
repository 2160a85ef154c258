from gold_lib import *

HQ, LA, YJ, AH = "341522", "341500", "341504", "340000"   # 霍邱县, 六安市, 叶集区, 安徽省
SPEC = [
    R("霍邱县", HQ, in_org=True),                    # 霍邱县人民政府关于…的报告 (title line, no 《》): the government
    # 霍政〔2025〕17号: a document number
    R("六安市", LA, in_org=True),                    # 六安市审计局: (addressee)
    DR("2024年9月10日至11月20日", "2024-09-10", "2024-11-20"),
    R("六安市", LA, in_org=True),
    # 我县: no place
    DR("2022年1月至2024年6月", "2022-01", "2024-06"),
    C("4个", 4, "item"),                              # 4个方面
    C("12个", 12, "item"),                            # 12个问题
    # 县委、县政府, 县长: no place
    D("2025年3月31日", "2025-03-31"),                 # 截至 outside (a preposition)
    C("10个", 10, "item"),
    P("83.3%", 0.833),
    C("2个", 2, "item"),
    D("2025年6月底前", "2025-06", qualifier="until"),  # 底前 → until
    # 一、 (一) 问题1 …: list and item numbers (问题1 … 问题8, 问题11, 问题12 are labels, no unit)
    C("3家", 3, "institution"),
    M("86.42万元", 864200),
    M("86.42万元", 864200),
    # 1倍罚款: a multiple, no type (set 4 call 3)
    C("3家", 3, "institution"),
    D("2025年1月15日前", "2025-01-15", qualifier="until"),
    P("100%", 1),
    # 责任单位:县医疗保障局 …: 县 alone is no place
    C("5个", 5, "item"),                              # 5个乡镇卫生院
    M("12.6万元", 126000),
    M("12.6万元", 126000),
    C("5名", 5, "person"),
    C("2名", 2, "person"),
    C("1,863人", 1863, "person"),
    M("113.6万元", 1136000),
    # 会同 (×2, "together with"): a verb, not 会同县
    R("霍邱县", HQ, in_org=True),                    # 国家税务总局霍邱县税务局
    C("1,863人", 1863, "person"),
    M("113.6万元", 1136000),
    D("2025年起", "2025", qualifier="from"),          # 自 outside
    # 每季度: a period word only for money; 2次 is a count
    C("2次", 2, "time"),
    C("7类", 7, "kind"),
    C("216人", 216, "person"),
    M("每年400元", 400, period="year"),               # 每人每年400元: 每人 is no period word (set 1 call 2)
    M("8.64万元", 86400),
    T("25个工作日", 25, "workday"),                   # 长达 is not on the shared list
    T("5个工作日以内", 5, "workday", qualifier="max"),
    C("30个", 30, "item"),                            # 全县30个乡镇卫生院
    P("100%", 1),
    # "一站式": lone 一, no mention
    P("67.5%", 0.675),
    D("2025年3月起", "2025-03", qualifier="from"),
    P("96.8%", 0.968),
    P("29.3个百分点", 0.293, points=True),
    D("2025年9月30日前", "2025-09-30", qualifier="until"),
    P("100%", 1),
    D("2023年度", "2023"),
    C("4,127条", 4127, "item"),
    C("4,127条", 4127, "item"),
    C("362条", 362, "item"),
    M("27.35万元", 273500),
    R("叶集区", YJ),                                  # 与叶集区交界: a place
    R("叶集区", YJ, in_org=True),                     # 叶集区医保局
    C("46家", 46, "institution"),
    # 公安机关: 公安 is part of a word (set 10 call 9)
    C("3条", 3, "item"),
    # 二、 问题11、问题12: labels
    R("安徽省", AH, in_org=True),                     # 安徽省医疗保障信息平台: a platform's name (set 5 call 9)
    # 全省: no place
    D("2025年6月底前", "2025-06", qualifier="until"),
    D("每月15日前", "---15", relative_to="every_month", qualifier="until"),
    # 一次: lone 一
    M("239.97万元", 2399700),
    P("98.5%", 0.985),                                # 约占 … 98.5%: 约 does not touch the percent
    T("3个月", 3, "month"),                           # 3个月内: 内 is not on the list
    # 基金监管股 王某: no place
    PH("0564-6021358"),
    E("hqybjg@example.gov.cn"),
    R("霍邱县", HQ, in_org=True),                     # signature: the government
    D("2025年4月8日", "2025-04-08"),
]
