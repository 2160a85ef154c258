from gold_lib import *

CZ, HN = "431000", "430000"
BH, SX, GY, YZ, YX, JH, LW, RC, GD, AR, ZX = ("431002", "431003", "431021", "431022", "431023", "431024",
                                              "431025", "431026", "431027", "431028", "431081")


def local(text):
    # 7-digit local numbers of the 附件 table, completed from the article's region (郴州, 0735)
    return PH(text, inferred_code="0735")


SPEC = [
    R("郴州市", CZ, in_org=True),                     # 郴州市医疗保障局文件 (red header)
    # 郴医保发〔2025〕17号: a document number (also in every running header below)
    R("郴州市", CZ, in_org=True),                     # 郴州市医疗保障局
    R("郴州市", CZ, in_org=True),                     # 郴州市财政局
    D("2026年度", "2026"),                            # title
    # 各县(市、区): no place
    R("湖南省", HN, in_title=True, in_org=True),      # 《湖南省医疗保障⏎局 ...: the break before 局 changes nothing (set 2 call 17)
    R("湖南省", HN, in_title=True, in_org=True),      # 湖南省财政厅
    # (湘医保发〔2024〕9号): a document number; 我市: no place; 一、…五、 and (一)…(三): list numbers
    P("60%", 0.6),
    M("每年300元", 300, period="year"),               # 每人每年300元
    P("50%", 0.5),
    DR("2025年1—10月", "2025-01", "2025-10"),          # em dash as the range mark (set 10 call 8)
    C("152.3万人次", 1523000, "person"),
    M("1.08亿元", 108000000),
    # — 1 —, — 2 — …: page numbers; 第 2 页 共 5 页 …: page counters (页 is no classifier): nothing (set 15 call 5)
    # 二级及以上定点医疗机构: a hospital level
    P("70%", 0.7),
    M("每年360元", 360, period="year"),
    M("每年480元", 480, period="year"),               # 每人⏎每年480元: 每人 on the line before is no period anyway
    C("两种", 2, "kind"),                             # 同时患有两种疾病
    M("每年600元", 600, period="year"),
    D("2025年10月底", "2025-10", qualifier="approx"),  # 截⏎至: a break inside the preposition, outside the date
    C("38.6万人", 386000, "person"),
    R("桂阳县", GY), R("永兴县", YX),
    R("资-\n兴市", ZX),                               # hyphenated line break inside the name (judgement call)
    P("超过75%", 0.75, qualifier="min"),
    C("42种", 42, "kind"), C("48种", 48, "kind"), C("6种", 6, "kind"),
    M("每年200元", 200, period="year"),
    P("65%", 0.65),
    M("3000元", 3000), M("5000元", 5000), M("1.5万元", 15000),   # 三档: 档 is no classifier
    M("2,5-\n00元以上", 2500, qualifier="min"),       # hyphenated line break inside the number: 2500, not a range 2,5 to 0
    T("15个工作日", 15, "workday"),                   # 15个工作日⏎内: 内 outside anyway
    T("2年", 2, "year"),                              # 认定结果有效期为2年 (定结 in 认定结果: no place, set 7)
    T("3个月", 3, "month"),                           # 有效期满前3个月内
    C("19-\n96家", 1996, "institution"),              # hyphenated line break inside the number
    # 每季度至少开展1次: 开展 stands between 至少 and the count
    C("1次", 1, "time"),
    # 扣减违规金额的2倍: a multiple, nothing (set 4 call 3)
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    D("2028年12月3-\n1日", "2028-12-31"),             # 有效期至…: one date (set 16 call 9), broken with a hyphen
    # 市医疗保障局: no place name written
    PH("0735-\n2881234"),                             # the break falls after the number's own hyphen
    E("czybdbk@example.com"),
    D("2026年度", "2026"),                            # 附件 line
    R("郴州市", CZ, in_org=True), R("郴州市", CZ, in_org=True),   # signatures
    D("2025年11月20日", "2025-11-20"),
    # (此件主动公开): nothing
    D("2026年度", "2026"),                            # the attachment's title
    # 单位:家 — the cells 86, 142, … 1210, 786 are bare numbers under a unit heading (set 3 call 5);
    # 序号 1 … 11: list numbers
    R("北湖区", BH), local("2226511"),
    R("苏仙区", SX), local("2851320"),
    R("桂阳县", GY), local("4423016"),
    R("宜章县", YZ), local("3722158"),
    R("永兴县", YX), local("5521307"),
    R("嘉禾县", JH), local("6621185"),
    R("临武县", LW), local("6322469"),
    R("汝城县", RC), local("8221073"),
    R("桂东县", GD), local("8662315"),
    R("安仁县", AR), local("5231628"),
    R("资兴市", ZX), local("3321596"),
    # 注:咨询电话区号均为0735: a bare area code, no phone
]
