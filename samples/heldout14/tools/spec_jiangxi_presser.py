from gold_lib import *

JX = "360000"                                       # 江西省
SPEC = [
    R("江西省", JX, in_org=True),                   # 江西省医疗保障局2025年第二季度新闻发布会实录 (the title names the office)
    D("2025年", "2025"),                            # 第二季度: an ordinal, no date (set 3 call 2)
    D("2025-06-18", "2025-06-18"),                  # 发布时间: a plain date (set 1 call 8); 15:40 a time of day
    R("江西省", JX, in_org=True),                   # 来源:江西省医疗保障局; 字号:大 中 小: nothing
    D("6月18日", "--06-18"),                        # 上午: nothing
    R("江西省", JX, in_org=True),                   # 江西省人民政府新闻办公室
    R("江西省", JX, in_org=True),                   # 江西省医疗保障局; 全省, 省政府新闻办, 省医疗保障局: no place
    D("2019年以来", "2019", qualifier="from"),      # 我省: no place
    C("585个", 585, "item"),
    C("42类", 42, "kind"),
    P("56%", 0.56),                                 # 平均降价56%: 降价 a verb outside
    P("72%", 0.72),
    M("120亿元", 12000000000),
    D("2024年", "2024"),
    C("1.3万家", 13000, "institution"),
    C("4860家", 4860, "institution"),
    D("2024年", "2024"),
    C("1286项", 1286, "item"),
    C("214项", 214, "item"),
    M("约9.6亿元", 960000000, qualifier="approx"),
    P("超过70%", 0.7, qualifier="min"),             # 超过 is on the shared list (min)
    DR("2025年1-5月", "2025-01", "2025-05"),
    M("3.2亿元", 320000000),
    C("736家", 736, "institution"),
    # 新华社记者: 新华 (the short name of 新华区 in 石家庄, 沧州, 平顶山) is part of the agency's name 新华社,
    # "New China", no place (like 南华 in 南华大学); 人民网记者: no place
    R("江西", JX),                                  # 请问江西在这方面…: the province itself
    D("2023年起", "2023", qualifier="from"),
    D("2025年5月底", "2025-05", qualifier="approx"),   # 截至…底: 截至 outside, 底 → approx
    C("1.6万个", 16000, "item"),
    P("95%以上", 0.95, qualifier="min"),
    P("不低于90%", 0.9, qualifier="min"),
    R("南昌市", "360100"),                          # 以南昌市为例 (the city, not 南昌县)
    D("3月", "--03"),                               # 今年3月: 今年 outside (set 6 call 2); 三级医院: a hospital level
    P("1.8%", 0.018),
    P("2个百分点", 0.02, points=True),
    R("江西", JX, in_org=True),                     # 江西日报记者: a newspaper (set 1 call 7); 今年下半年: no date
    # 第五批: an ordinal
    C("40个", 40, "item"),                          # 40个品种
    D("2025年9月1日起", "2025-09-01", qualifier="from"),
    T("2年", 2, "year"),                            # 采购周期为2年
    C("19个", 19, "item"),                          # 全国19个省份: 全国 no place; 19个 (set 1's 16个市)
    R("江西", JX, in_org=True),                     # 中国江西网记者: a news site
    PH("12345"),
    PH("0791-86218372"),                            # 省医疗保障局: no place
    T("3个工作日", 3, "workday"),                   # 3个工作日内: 内 is no qualifier
    E("jxyb_jc@example.gov.cn"),
]
