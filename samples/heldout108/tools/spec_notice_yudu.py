from gold_lib import *

YD, GZ, JX = "360731", "360700", "360000"   # 于都县, 赣州市, 江西省
SPEC = [
    R("于都县", YD, in_org=True),                   # 于都县医疗保障局 (the issuer, in the heading)
    # 于医保发〔2025〕9号: a document number (2025 and 9 inside it), nothing
    R("江西省", JX, in_title=True, in_org=True),     # 《江西省医疗保障局关于…的通知》
    D("2025年度", "2025"),
    # 一、/(一): section numbers
    M("每人次10元", 10, period="time"),             # 一般诊疗费每人次10元: 每人次 is the per-visit period word
    M("9元", 9),                                    # 医保基金支付9元
    M("1元", 1),                                    # 个人自付1元
    # 按一人次计算: lone 一, no count; 同一天/同一村卫生室: determiners
    # 挂号费/诊查费: fee names, no amount
    M("每人次12元", 12, period="time"),             # 乡镇卫生院 rate
    M("10元", 10),                                  # 医保支付10元
    P("60%", 0.6),
    M("200元", 200),                                # 年度限额每人200元: 年度限额 is no period (set call), 每人 = 每 + classifier, no period
    P("55%", 0.55),
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    D("2027年12月31日", "2027-12-31"),              # 有效期至2027年12月31日: 至 is a preposition (no range, no qualifier)
    D("2024年12月31日前", "2024-12-31", qualifier="until"),
    D("每月5日前", "---05", relative_to="every_month", qualifier="until"),   # 每月5日前: a day of every month
    # 上月: no number
    T("15日", 15, "day"),                           # 每季度结束后15日内: a duration (内 is not 以内); 每季度 does not touch a money amount
    C("386家", 386, "institution"),
    C("512名", 512, "person"),
    C("1次", 1, "time"),                            # 每季度至少巡查1次: 至少 does not touch (巡查 between)
    T("3个月", 3, "month"),                         # 暂停医保结算3个月
    C("超过80人次", 80, "person", qualifier="min"),  # 单日接诊超过80人次: 超过 is on the shared list; 单日 is no period (counts have none)
    # 贡江镇、银坑镇、岭背镇: townships, no places
    C("18个", 18, "item"),                          # 18个乡镇卫生院
    R("赣州市", GZ, in_org=True),                   # 赣州市医保局
    D("2025年6月", "2025-06"),
    R("于都县", YD, in_org=True),                   # 于都县医疗保障局待遇保障股
    PH("0797-6232418"),
    PH("12393"),
    E("ydyb_dybz@example.gov.cn"),
    # 附件:1.: list number
    R("于都县", YD),                                # 附件 于都县定点村卫生室名单: a place before a topic (a list), plain
    C("386家", 386, "institution"),                 # (共386家): 共 is not a qualifier
    R("于都县", YD, in_org=True),                   # signature 于都县医疗保障局
    D("2025年1月6日", "2025-01-06"),
]
