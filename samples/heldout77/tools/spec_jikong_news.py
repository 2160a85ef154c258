from gold_lib import *

KM, WH = "530100", "530102"                   # 昆明市, 五华区 (昆明's; 五华县 is 梅州's)
HF, SS, AH = "340100", "340104", "340000"     # 合肥市, 蜀山区, 安徽省
HEB, NG, DL = "230100", "230103", "230102"    # 哈尔滨市, 南岗区, 道里区
DOCS = {
    "heldout77-jk-1": [
        R("昆明市五华区", WH),                      # headline: a chain, the district
        # 一小学: lone 一
        R("昆明市", KM, in_org=True),               # 昆明市疾病预防控制中心
        D("2025-12-08", "2025-12-08"),
        DR("12月3日至5日", "--12-03", "--12-05"),
        R("五华区", WH),                            # 五华区某小学: 某 names no body, plain
        C("17例", 17, "case"),
        C("3个", 3, "item"),                        # 3个年级 (set 1 call 13)
        C("8个", 8, "item"),                        # 8个班级
        P("2.3%", 0.023),                           # 罹患率2.3%
        R("五华区", WH, in_org=True),               # 五华区疾控中心
        C("6份", 6, "piece"),
        C("4份", 4, "piece"),
        # GII型: a genotype, nothing
        T("72小时", 72, "hour"),                    # 症状消失后72小时
        R("昆明市", KM),                            # 昆明市城乡居民医保: a programme
        P("55%", 0.55),
        M("600元", 600),                            # 年度限额600元: 年度 is no period word (set 1 call 14)
        T("12~48小时", (12, 48), "hour"),
        PH("0871-63195123"),
    ],
    "heldout77-jk-2": [
        R("合肥市蜀山区", SS),                      # headline: a chain
        D("2025年度", "2025"),
        P("0.35‰", 0.00035),                        # per mille (set 51 call 1)
        R("合肥市蜀山区", SS, in_org=True),         # 来源:合肥市蜀山区卫生健康委
        D("2025年11月26日", "2025-11-26"),          # 10:05: a time
        DR("9月至11月", "--09", "--11"),            # 今年9月至11月: 今年 is not part of it
        R("蜀山区", SS),
        C("46所", 46, "institution"),
        C("1.2万人", 12000, "person"),
        T("15岁及以上", 15, "year", age=True, qualifier="min"),
        # X线: nothing
        C("4名", 4, "person"),
        P("0.35‰", 0.00035),
        P("0.12‰", 0.00012),                        # 较上年下降0.12‰: a change in per mille, a percent (set 51 call 9)
        R("合肥市", HF),                            # 合肥市职工医保: a programme
        P("85%", 0.85),
        P("70%", 0.7),
        R("安徽省", AH, in_org=True),               # 安徽省胸科医院
        C("386人", 386, "person"),
        T("3个月", 3, "month"),                     # 3个月和6个月后: two durations
        T("6个月", 6, "month"),
        T("2周以上", 2, "week", qualifier="min"),
        PH("0551-65123456"),
    ],
    "heldout77-jk-3": [
        R("哈尔滨市", HEB, in_org=True),            # 哈尔滨市疾控提示: 疾控 (an office written short, like 南康市合管办)
        D("2025-11-18", "2025-11-18"),
        R("哈尔滨市", HEB, in_org=True),            # 哈尔滨市疾病预防控制中心
        R("哈尔滨市南岗区", NG),                    # 近期哈尔滨市南岗区: a chain
        R("道里区", DL),
        C("42例", 42, "case"),                      # <strong>42</strong>例
        P("27.3%", 0.273),                          # 环比上升<strong>27.3</strong>%
        T("3-9岁", (3, 9), "year", age=True),
        P("91%", 0.91),
        T("7天", 7, "day"),
        P("50%", 0.5),
        M("150元", 150),                            # 150元至300元: two amounts (set 1 call 4)
        M("300元", 300),
        PH("0451-88351234"),                        # the tel: href is an attribute, no text
    ],
}
