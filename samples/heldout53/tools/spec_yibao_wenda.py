from gold_lib import *

CS, HN, YY, YZ = "430100", "430000", "430600", "431100"   # 长沙市, 湖南省, 岳阳市, 永州市
SPEC = [
    R("长沙", CS, in_org=True),                     # 长沙湘岳医院医保办公室
    D("2025-05-12", "2025-05-12"),
    # 阅读 4186: a counter; 问1 … 问6: question labels
    # 三级医院: a level
    R("长沙市", CS),                                # 长沙市职工医保: a place before a programme
    M("800元", 800),                                # <strong>800</strong>元
    M("1000元", 1000),
    P("20%", 0.2),
    # 一个自然年度: lone 一; 第二次, 第三次起: ordinals
    R("长沙", CS),                                  # 来长沙看病
    R("湖南省", HN),                                # 湖南省内参保人员: the province (省内 alone would be nothing)
    R("岳阳", YY), R("永州", YZ),
    P("10个百分点", 0.1, points=True),              # <b>10</b>个百分点
    M("每年700元", 700, period="year"),             # 每年<span>700元</span>
    P("60%", 0.6), P("70%", 0.7),
    M("3000元", 3000),                              # 年度最高支付限额3000元: 最高 does not touch
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    M("4000元", 4000),                              # 提高至4000元: 至 is a preposition
    T("6个月", 6, "month"),                         # 6个月内: 内 is not a qualifier
    # 门诊1楼: a floor number
    T("15个工作日", 15, "workday"),
    C("52种", 52, "kind"),
    C("不超过3种", 3, "kind", qualifier="max"),     # 每人每年可申请不超过3种: 每年 does not touch a money amount
    M("3000-5000元", (3000, 5000)),
    M("1万元左右", 10000, qualifier="approx"),
    # 1楼: floor number
    T("1-2小时", (1, 2), "hour"),                   # 约需1-2小时: 需 stands between 约 and the number (no qualifier)
    # 问6 is in a <div style="display:none"> (a draft): not page text per the guidelines, so 2000元 and 3500元 are
    # no mentions. normalize.py (make_samples.VisibleText) keeps the hidden block in normalized/; see README call 6.
    PH("0731-88618012", city="长沙市"),             # the tel: href is no text; (转8012): an extension, outside (call 1)
    U("https://fuwu.nhsa.example.gov.cn"),          # the href duplicates the link text; only the text counts
]
