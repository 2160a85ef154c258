from gold_lib import *

XZ, QS, JS = "320300", "320311", "320000"           # 徐州市, 泉山区, 江苏省
SH, BJ, TJ, SZ, SD = "310000", "110000", "120000", "320500", "370000"
SPEC = [
    R("徐州市", XZ, in_org=True),                   # 徐州市中心医院 (the page's heading)
    # 首页 > 院务公开 > 价格公示: a breadcrumb
    D("2025-05-06", "2025-05-06"),                  # 发布日期 of the main article: a plain date; 点击:1842 a counter
    R("江苏省", JS, in_title=True),                 # 《江苏省医用耗材阳光采购和价格管理办法》
    R("徐州市", XZ, in_org=True),                   # 徐州市医疗保障局
    P("0%", 0),                                     # 加成率0%: a zero with its unit is a value (set 47 call 2)
    C("287种", 287, "kind"),
    C("164种", 164, "kind"),
    P("57.1%", 0.571),
    # the table: header cells; 序号 1-8 are row numbers; 个/套/片/盒/支/把 in the 单位 column stand alone (no number)
    # row 1: XT-3018 3.0mm×18mm (model, size)
    R("上海", SH, in_org=True),
    M("798.00元", 798),
    # 乙类/甲类/丙类: categories, no number
    R("北京", BJ, in_org=True),                     # row 2: GR-2.75×24 a model number
    M("730.00元", 730),
    R("天津", TJ, in_org=True),                     # row 3: ZK-HP2024 a model number
    M("7,320.00元", 7320),
    R("苏州", SZ, in_org=True),                     # row 4: AS-20.0D
    M("1,050.00元", 1050),
    # row 5: 一次性 (lone 一); 5ml×100支/盒: a pack specification (set 8 call 1), no count of 100 pieces
    R("江苏", JS, in_org=True),                     # 江苏康宁医用器材有限公司 (康宁 is no place)
    M("35.00元", 35),
    # row 6: 17.5cm×9.5cm 50只/盒: a size and a pack specification (只 is no classifier of the guidelines)
    R("徐州", XZ, in_org=True),                     # 徐州佳康卫生材料有限公司
    M("12.80元", 12.8),
    # row 7: 22G a needle gauge
    R("山东", SD, in_org=True),                     # 山东威高集团医用高分子制品股份有限公司
    M("8.60元", 8.6),
    # row 8: HAR36 a model number; 进口(美国): 美国 is no division of the gazetteer
    M("4,980.00元", 4980),
    # 说明 1.–5.: list numbers
    P("10%", 0.1),                                  # 先行自付10%-30%: two percents
    P("30%", 0.3),
    D("2024年12月1日起", "2024-12-01", qualifier="from"),
    P("约78%", 0.78, qualifier="approx"),
    M("3.2万元左右", 32000, qualifier="approx"),    # 由原来的每套3.2万元左右 (每 + a classifier: no period)
    M("7,320元", 7320),
    M("1.1万余元", 11000, qualifier="min"),         # 余 between the number and 元: more than (guidelines: 多 or 余)
    M("800元", 800),                                # 不足800元: 不足 is not on the shared list (set 70 call 8)
    # 一次住院: lone 一
    C("2盒以上", 2, "piece", qualifier="min"),
    # 每季度更新: a period word with no number
    T("30天", 30, "day"),                           # 公示期30天; 8:00-17:30 a time of day
    PH("0516-85802247"),
    PH("0516-85802099"),
    PH("12345"),
    R("徐州市泉山区", QS),                          # an address: the chain; 解放南路199号 a road and number (解放, 解放区's short name, is part of the road's name); 221009 a postcode
    R("徐州市", XZ, in_org=True),                   # signature: 徐州市中心医院物价科
    D("2025年5月6日", "2025-05-06"),
]
