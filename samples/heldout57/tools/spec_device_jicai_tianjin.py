from gold_lib import *

TJ, HEN, SX, NMG, HB, HN, GX, HAN, GZ, QH = ("120000", "410000", "140000", "150000", "420000", "430000",
                                              "450000", "460000", "520000", "630000")
SPEC = [
    M("1.3万元", 13000),                            # headline 从1.3万元降到700元左右
    M("700元左右", 700, qualifier="approx"),
    # 四周年 (fourth anniversary): 周年 is no unit of the guidelines; 四周 is not 4 weeks here (call 5)
    R("天津市", TJ, in_org=True),                   # 来源:天津市医疗保障局 (a municipality: province level)
    D("2025-01-06", "2025-01-06"),
    # 作者:刘晓婷: a person
    D("2021年1月1日起", "2021-01-01", qualifier="from"),
    M("1.3万元左右", 13000, qualifier="approx"),    # 均价从1.3万元左右降至700元左右
    M("700元左右", 700, qualifier="approx"),
    P("93%", 0.93),
    C("107万个", 1070000, "item"),                  # 首年意向采购量107万个
    # 四周年 again; 多家医院: no number (guidelines); 我市: no place
    R("天津市", TJ, in_org=True),                   # 天津市胸科医院
    T("65岁", 65, "year", age=True),
    C("2个", 2, "item"),                            # 植入了2个支架
    C("两个", 2, "item"),                           # 两个加起来 (set 2 call 16: 两 + classifier)
    M("1500多元", 1500, qualifier="min"),           # 多 between the number and 元 → min (guidelines)
    M("2000元", 2000),                              # 不到2000元: 不到 is not on the shared list (set 44)
    # 型号FX-2.75×18, 直径2.75mm, 长度18mm: a model code and sizes in mm, nothing (call 6)
    # 国械注准20193130456: a registration number; UDI码06942345678901: a device identifier, no phone (call 6)
    T("12个月", 12, "month"),
    T("3个月", 3, "month"),                         # 每3个月复查一次: 一次 is a lone 一
    D("2023年1月起", "2023-01", qualifier="from"),
    M("800元以内", 800, qualifier="max"),
    D("2022年3月起", "2022-03", qualifier="from"),
    M("3.5万元", 35000),
    M("7000元左右", 7000, qualifier="approx"),
    M("3.2万元", 32000),
    M("5000元左右", 5000, qualifier="approx"),
    P("82%", 0.82),
    # 约54万套: 套 is not a classifier of the list (set 13 call 3: 款, 笔), nothing
    D("2024年底", "2024", qualifier="approx"),      # 截至2024年底: 截至 is a preposition; 底 → approx
    C("5批", 5, "batch"),
    M("约500亿元", 50000000000, qualifier="approx"),
    R("河南省", HEN),                               # 由河南省牵头: the province as actor, no organisation's name
    R("山西", SX),
    R("内蒙古", NMG),
    R("湖北", HB),
    R("湖南", HN),
    R("广西", GX),
    R("海南", HAN),                                 # in a list of provinces: the province, not 海南区/海南州 (call 7)
    R("贵州", GZ),
    R("青海", QH),
    C("12个", 12, "item"),                          # 12个省(区) (set 1's 16个市)
    P("70.6%", 0.706),
    P("86%", 0.86),                                 # 最高降幅86%: 降幅 stands between
    M("3000-6000元", (3000, 6000)),                 # one unit for the range
    # A组, B组: group letters
    P("80%", 0.8),                                  # 市场份额前80%: 前 is not a qualifier
    C("3个", 3, "item"),                            # 每家企业限报3个注册证 (set 28 call 4: counts have no period)
    P("30%左右", 0.3, qualifier="approx"),
    P("10%以下", 0.1, qualifier="max"),
    M("约1.6万元", 16000, qualifier="approx"),      # 次均住院费用下降约1.6万元: 次均 is no period (set 35 call 8)
    PH("022-23331234"),
    PH("12345"),
]
