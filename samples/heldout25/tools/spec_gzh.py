from gold_lib import *

ZY, HHG, HC, BZ, GZ = "520300", "520302", "520303", "520304", "520000"   # 遵义市, 红花岗区, 汇川区, 播州区, 贵州省
QJ, QL, ZYI, ML = "530300", "530302", "530303", "530304"                 # 曲靖市, 麒麟区, 沾益区, 马龙区
DZ, DC, LC, YC, LL, SD = "371400", "371402", "371403", "371482", "371481", "370000"   # 德州市 …, 山东省
DOCS = {
    "heldout25-gzh-1": [
        R("遵义", ZY, in_org=True),                # 遵义医保 | …: an account's name before | (set 7)
        D("2025年度", "2025"),
        D("2025年度", "2025"),
        M("每年400元", 400, period="year"),        # 每人每年<span>4</span><span>00</span>元: split digits join to 400
        DR("2024年9月1日至12月31日", "2024-09-01", "2024-12-31"),   # every digit run in its own <span>
        M("每年不低于670元", 670, period="year", qualifier="min"),
        # <br> after 670元,: the sentence goes on on the next line
        M("30元", 30),                             # 比上年提高30元 (上年: no date)
        P("60%", 0.6),                             # 不低于<br>60%: the line break separates the qualifier (set 11)
        P("90%", 0.9),                             # 达<span>9</span><span>0</span>%
        M("1 万元", 10000),                        # 1&nbsp;万元: the space between number and unit is inside (set 11)
        M("40万元", 400000),                       # 年度最高支付40万元: 支付 stands between 最高 and the amount
        R("红花岗区", HHG), R("汇川区", HC), R("播州区", BZ),
        R("贵州", GZ, in_org=True),                # “贵州医保”小程序
        PH("0852-28221239"),
    ],
    "heldout25-gzh-2": [
        R("曲靖", QJ, in_org=True),                # 曲靖医保 | …
        D("2025年1月1日起", "2025-01-01", qualifier="from"),
        R("曲靖市", QJ),                           # 曲靖市门诊慢特病病种: a place before a programme
        C("38种", 38, "kind"),                     # <span>3</span><span>8</span>种
        C("45种", 45, "kind"),
        M("3 000元", 3000),                        # 3&nbsp;000元: a space grouping thousands, like 1,000元 (call 2)
        M("6 000元", 6000),                        # <span>6</span>&nbsp;<span>000</span>元
        P("85%", 0.85),
        P("70%", 0.7),
        P("5个百分点", 0.05, points=True),         # 去年: no date
        D("12月底", "--12", qualifier="approx"),   # 截至<span>1</span><span>2</span>月底
        C("8.6万人", 86000, "person"),
        R("麒麟区", QL), R("沾益区", ZYI), R("马龙区", ML),
        T("15个工作日", 15, "workday"),
        PH("0874-3122393"),
    ],
    "heldout25-gzh-3": [
        R("德州", DZ, in_org=True),                # 德州医保 | …
        T("半年", 0.5, "year"),                    # 家庭共济半年成绩单
        DR("2025年1月至6月", "2025-01", "2025-06"),
        R("德州市", DZ),                           # 德州市职工医保: a place before a programme
        C("15.6万人次", 156000, "person"),         # <strong>1</strong><strong>5</strong>.6万人次
        M("2 860万元", 28600000),                  # <span>2</span>&nbsp;<span>860</span>万元 (call 2)
        M("约1 833元", 1833, qualifier="approx"),  # 人均约1&nbsp;833元
        C("3.2万人", 32000, "person"),
        P("20.5%", 0.205),
        R("德城区", DC), R("陵城区", LC), R("禹城市", YC), R("乐陵市", LL),
        C("4个", 4, "item"),                       # 乐陵市&nbsp;4个县(市、区): the space separates place and count
        R("山东", SD, in_org=True),                # “爱山东”APP: 山东 inside an app's name
        R("德州", DZ, in_org=True),                # “德州医保”公众号
        PH("0534-2698123"),
    ],
}
