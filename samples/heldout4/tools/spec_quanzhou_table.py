from gold_lib import *

QZ, FJ = "350500", "350000"                         # 泉州市, 福建省
SPEC = [
    # <head> (<title>, <style>), <header> (logo, 服务热线 0595-22515000), <nav>, div.breadcrumb and <footer>
    # (主办, 地址 泉州市丰泽区…, 邮编, 闽ICP备…, 网站标识码) are not visible text under the set's
    # normalisation: no gold
    R("泉州市", QZ),                                # h1: a topic
    D("2025年", "2025"),
    D("2025-01-06", "2025-01-06"),                  # div.info; 字号:[大 中 小]
    R("福建省", FJ, in_title=True, in_org=True),    # 《福建省医疗保障局 福建省财政厅关于…》 (set 1 call 6)
    R("福建省", FJ, in_title=True, in_org=True),
    D("2025年", "2025"),
    # 我市: no place
    D("2025年", "2025"),
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    R("鲤城区", "350502"),
    R("晋江市", "350582"),
    R("石狮市", "350581"),
    R("南安市", "350583"),
    R("惠安县", "350521"),
    R("安溪县", "350524"),
    R("永春县", "350525"),
    R("德化县", "350526"),
    C("12个", 12, "item"),                          # 12个县(市、区)
    # <caption>表1 住院待遇标准(单位:元): 表1 a table number; the unit is in the caption, so the bare
    # cells 100 / 400 / 800 / 1500 and the rowspan cell 250000 have no touching unit: no money (set 3 call 5)
    T("60周岁以下", 60, "year", age=True, qualifier="max"),      # header cells
    T("60周岁及以上", 60, "year", age=True, qualifier="min"),
    # 一级及以下 / 二级 / 三级: grades
    P("90%", 0.9), P("92%", 0.92),
    P("75%", 0.75), P("78%", 0.78),
    P("60%", 0.6), P("62%", 0.62),
    P("50%", 0.5),                                  # colspan=2 cell; 同上: nothing
    # 表2: 起付线(元) and 年度限额(元/人) in the header: cells 0, 600, 高血压360;糖尿病600 are no money
    P("55%", 0.55),
    P("60%", 0.6),                                  # “两病”: 病 is no classifier
    M("300元/年", 300, period="year"),              # a cell with its own unit
    P("70%", 0.7),
    M("最高5万元", 50000, qualifier="max"),
    D("2025年度", "2025"),                          # caption 表3 2025年度…
    M("每年400元", 400, period="year"),
    M("每年不低于700元", 700, period="year", qualifier="min"),   # rowspan cell
    M("每年400元", 400, period="year"),
    C("6类", 6, "kind"),                            # colspan=3 cell
    # 注:1. 2. 3.: list numbers
    T("60周岁及以上", 60, "year", age=True, qualifier="min"),
    P("2个百分点", 0.02, points=True),
    M("1.6万元", 16000),
    M("10万元", 100000),                            # 至10万元(含): (含) is no part of it, 至 a preposition
    P("60%", 0.6),
    M("10万元以上", 100000, qualifier="min"),
    P("70%", 0.7),
    R("泉州市", QZ),                                # 在泉州市外、福建省内
    R("福建省", FJ),
    P("10个百分点", 0.1, points=True),
    R("厦门", "350200"),
    R("福州", "350100"),
    P("5个百分点", 0.05, points=True),
    PH("0595-22515376"),
    PH("12393"),
    # attachments: the file names (.xls/.pdf/.docx) are no URLs and no mentions as such; the list
    # number 附件1. touches the year (1.2025年 is not a decimal: _nb), and dates and places in the
    # names are annotated like in any text (set 1: 附件:1.2024年度; set 3 call 13: topics)
    D("2025年", "2025", _nb=True),
    R("泉州市", QZ),
    R("泉州市", QZ),
    D("2025年", "2025"),                            # (2025年版)
    # div.share: 分享到 … 【打印本页】: nothing
]
