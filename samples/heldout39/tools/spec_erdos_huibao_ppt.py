from gold_lib import *

ORD = "150600"
SPEC = [
    # 【演示文稿大纲导出】: an export header
    R("鄂尔多斯市", ORD, in_org=True),               # file name 鄂尔多斯市医疗保障局2025年工作汇报.pptx: the body's name
    D("2025年", "2025"),                             # (a file name is no URL, set 4 call 19)
    D("2025-12-22", "2025-12-22"),                   # 导出时间
    # 共12页: 页 is no classifier; ——第1页—— … ——第10页——: ordinals (slide numbers), nothing
    R("鄂尔多斯市", ORD, in_org=True),
    D("2025年", "2025"), D("2026年", "2026"),
    D("2025年12月", "2025-12"),
    # 目录 01 … 05: list numbers (section numbers of the deck)
    D("2026年", "2026"),                             # 05 2026年打算
    P("96%以上", 0.96, qualifier="min"),
    C("178.6万人", 1786000, "person"), C("2.3万人", 23000, "person"),
    C("71.4万人", 714000, "person"), C("107.2万人", 1072000, "person"),
    # “出生一件事”: a lone 一
    C("2.1万人", 21000, "person"),
    T("5个工作日", 5, "workday"), T("1个工作日", 1, "workday"),   # 由…压缩至…: two mentions (set 11 call 8)
    # [图表:参保率(%)] 2021 … 2025 / 94.1 … 96.4: chart labels without 年 and values without a unit touching
    # (the % is in the series name): nothing. 备注: 纵轴单位为% (a bare %): nothing
    M("58.3亿元", 5830000000), P("5.2%", 0.052),
    M("51.7亿元", 5170000000), P("7.9%", 0.079),
    M("6.6亿元", 660000000),
    T("14.2个月", 14.2, "month"),                    # 可支付14.2个月 (set 35 call 3)
    P("88.7%", 0.887), P("1.9个百分点", 0.019, points=True),
    P("85.2%", 0.852),
    P("0.6个百分点", 0.006, points=True),            # (+0.6个百分点): the sign is outside (set 26 call 1)
    P("68.7%", 0.687),
    P("1.1个百分点", 0.011, points=True),
    C("53种", 53, "kind"),
    M("最高8万元", 80000, qualifier="max"),          # 年度限额最高8万元
    C("1.86万人", 18600, "person"),
    M("4620万元", 46200000),
    # DRG/DIP: no numbers
    C("187家", 187, "institution"),
    P("100%", 1),
    # 国家和自治区: 自治区 alone names no unit
    C("712种", 712, "kind"), C("34类", 34, "kind"),
    C("32.6万人次", 326000, "person"), C("8.9万人次", 89000, "person"),
    R("东胜区", "150602"), P("97.3%", 0.973),
    R("康巴什区", "150603"), P("98.1%", 0.981),
    R("达拉特旗", "150621"), P("96.2%", 0.962),
    R("准格尔旗", "150622"), P("96.8%", 0.968),
    R("伊金霍洛旗", "150627"), P("97.5%", 0.975),
    R("鄂托克旗", "150624"), P("95.4%", 0.954),
    R("鄂托克前旗", "150623"), P("95.1%", 0.951),
    R("杭锦旗", "150625"), P("94.7%", 0.947),
    R("乌审旗", "150626"), P("95.9%", 0.959),
    P("约3.5%", 0.035, qualifier="approx"),
    # 牧区苏木: no places (苏木 is a township-level unit); 超过50公里: a distance, no type (like 亩, 吨)
    D("2026年", "2026"),
    D("2026年3月31日前", "2026-03-31", qualifier="until"),
    D("2026年6月底前", "2026-06", qualifier="until"),   # 底前 is an until word (guidelines)
    P("60%", 0.6),
    PH("0477-8583162"),
    E("ordosyb@example.gov.cn"),
]
