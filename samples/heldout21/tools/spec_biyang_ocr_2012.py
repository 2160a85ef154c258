from gold_lib import *

# Text layer of a scanned 2012 红头文件 (OCR): stray spaces between the characters of ordinary words
# (医 疗 保 障, 合 作 医 疗, 参 合 农 民, 筹 资 标 准), lines broken mid-sentence, the page header repeated
# on each page, full-width and half-width digits mixed.  No stray space and no line break falls
# inside a place name or a number; one money amount has a single space before its unit (300 元).
BY, ZMD, HN = "411726", "411700", "410000"   # 泌阳县, 驻马店市, 河南省
SPEC = [
    R("泌阳县", BY, in_org=True),                    # header 泌阳县合作医疗管理办公室文件 (running header, set 15 call 5)
    # 泌合医办〔2012〕8号: a document number, nothing
    D("2012年度", "2012"),                          # 关于调整2012年度新型农村合作医疗⏎补偿方案的通知 (合作: no place)
    # 各乡(镇)卫生院, 县直: no places
    # 医 疗 保 障: stray OCR spaces in an ordinary word, nothing
    R("河南省", HN, in_title=True, in_org=True),     # 《河南省卫生厅 河南省财政厅关于…》 (set 1 call 6)
    R("河南省", HN, in_title=True, in_org=True),
    D("2012年", "2012"),                            # a year inside the title (set 2 call 15)
    # 合 作 医 疗: spaced 合作, no place either way
    R("驻马店市", ZMD, in_org=True),                 # 驻马店市卫生局
    # 县新农合管理委员会: no place
    D("2012年度", "2012"),                          # 现将2012年度补偿方⏎案 (the break is after the mention)
    # 一、筹 资 标 准: a list number and a spaced heading
    D("2012年", "2012"),
    M("290元", 290),                                # 提高到290元
    D("2011年", "2011"),                            # 比2011年提高60元
    M("60元", 60),
    M("240元", 240),
    M("50元", 50),                                  # 个人缴⏎纳50元: the break is inside 缴纳, not in the mention
    C("72.6万人", 726000, "person"),                 # ７２.６万人 (full-width digits, ASCII dot) after 参 合 农 民
    P("98.7%", 0.987),                              # ９８.７％
    M("100元", 100),                                # 乡级医疗机构100元: levels are no mentions
    M("300 元", 300),                               # OCR space between number and unit: the mention runs across it (set 11 call 1)
    M("600元", 600),
    M("1000元", 1000),
    P("90%", 0.9),
    P("80%", 0.8),                                  # ８０％
    P("65%", 0.65),
    P("55%", 0.55),
    # 县外未经转⏎诊: a break in an ordinary word
    P("10个百分点", 0.1, points=True),
    M("最高10万元", 100000, qualifier="max"),        # 累计补偿最高10万元
    R("泌阳县", BY, in_org=True),                    # running header, page 2: 泌阳县合 作 医 疗管理办公室文件 (spaces after the place)
    # — 2 —: page number, nothing
    P("40%", 0.4),                                  # 按４０％比例补偿
    M("不超过150元", 150, qualifier="max"),          # 每人每年门诊补偿不超过150元: 每年 does not touch
    M("每人次10元", 10, period="time"),             # maintainer: 每人次 is per visit, a period like 每次 (guidelines, money)
    M("8元", 8),
    C("20类", 20, "kind"),                          # ２０类重大疾病
    P("70%", 0.7),
    M("每月不超过3000元", 3000, period="month", qualifier="max"),
    C("186名", 186, "person"),
    T("30日", 30, "day"),                           # 在30日内: 内 is not on the list
    T("不超过3个月", 3, "month", qualifier="max"),    # 最长不超过3个月: 最长 is not on the list (set 17 call 3)
    D("2012年1月1日起", "2012-01-01", qualifier="from"),
    D("2011年12月31日以前", "2011-12-31", qualifier="until"),
    PH("0396-7922315"),
    PH("7922316", city="驻马店市", inferred_code="0396"),   # a local number after the first: completed from 泌阳县 (驻马店)
    R("泌阳县", BY, in_org=True),                    # signature
    D("二〇一二年一月九日", "2012-01-09"),
    R("泌阳县", BY, in_org=True),                    # running header, page 3
    # — 3 —: page number
    R("驻马店市", ZMD, in_org=True),                 # 抄送:驻马店市卫生局; 县人民政府办公室, 县财政局: no place
    R("泌阳县", BY, in_org=True),                    # 印发 line
    D("2012年1月9日", "2012-01-09"),                 # …印发: 印发 is no qualifier (set 2 call 7)
]
