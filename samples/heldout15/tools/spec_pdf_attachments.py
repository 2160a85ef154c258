from gold_lib import *

YN, KM = "530000", "530100"                         # 云南省, 昆明市
DOCS = {
    "heldout15-pdf-1": [
        R("云南省", YN, in_org=True),               # running header 云南省医疗保障局文件 (page 1)
        D("2024年", "2024"),                        # 关于执行2024年国家医保药品目录的通知
        # 各州(市)医疗保障局: no place; 国家医保局: no place; 资源 in 人力资源社会保障部: part of a word, no place
        C("91种", 91, "kind"),
        C("43种", 43, "kind"),
        C("3159种", 3159, "kind"),                  # 达到\n3159种: the line break is before the number, outside the mention
        C("1765种", 1765, "kind"),
        C("1394种", 1394, "kind"),
        C("89种", 89, "kind"),
        P("63%", 0.63),
        D("2025年1月1日起", "2025-01-01", qualifier="from"),
        # — 1 —: a page number, no mention
        R("云南省", YN, in_org=True),               # the header repeated on page 2
        D("2025年1月31日前", "2025-01-31", qualifier="until"),
        C("16个", 16, "item"),                      # 全省16个州(市): 个 touches the number (set 10 call 11); 双通道: 通道 no place
        C("不少于136家", 136, "institution", qualifier="min"),
        P("90%以上", 0.9, qualifier="min"),
        PH("0871-65730001"),
        # — 2 —
    ],
    "heldout15-pdf-2": [
        R("昆明市", KM, in_org=True),               # running header 昆明市医疗保障局办公室 (page 3)
        # 各县(市、区)医疗保障局: no place
        D("2025年2月1日起", "2025-02-01", qualifier="from"),
        P("10%", 0.1),
        P("15%", 0.15),                             # 个人先\n行自付比例为15%: the break is inside a word
        R("五华区", "530102"),
        R("盘龙区", "530103"),
        R("呈贡区", "530114"),
        T("2年", 2, "year"),                        # 试点期限为2年
        # — 3 —
        R("昆明市", KM, in_org=True),               # the header repeated on page 4
        M("40万元", 400000),                        # 每人40万元: 每人 is no period word (set 1 call 2)
        T("不超过30天", 30, "day", qualifier="max"),  # 原则\n上不超过30天
        DR("2025年1-6月", "2025-01", "2025-06"),
        C("1286家", 1286, "institution"),
        C("5.8万人次", 58000, "person"),
        M("2.36亿元", 236000000),
        # — 4 —
    ],
    "heldout15-pdf-3": [
        # 附件 (the running header, on both pages); (第一批): an ordinal; “双通道”: 通道 no place
        C("28种", 28, "kind"),
        DR("2025年3月1日至2026年12月31日", "2025-03-01", "2026-12-31"),
        P("80%", 0.8),
        P("70%", 0.7),
        # table rows 1 … 5: list numbers; the 规格 in brackets (10mg×30片, 100mg/瓶, 0.25g×24粒, 5ml:0.5g,
        # 6g×9袋): pack specifications, no mention (set 8 call 1); 每盒/每瓶/每支 + amount: only the amount (set 3 call 4)
        M("2,380.00元", 2380),
        M("1,426.50元", 1426.50),                   # the row breaks before 每瓶: the amount is whole on the next line
        M("398.00元", 398),
        # — 5 —, 附件 (repeated header)
        M("86.40元", 86.40),
        M("52.80元", 52.80),
        T("不超过1个月", 1, "month", qualifier="max"),   # 首次处方: an ordinal; 1个月 (a digit, not the lone 一)
        T("3个月", 3, "month"),                     # 延长至3个月: 延长 a verb (set 7)
        # — 6 —
        E("ypml@km-ybj.example.cn"),
    ],
}
