from gold_lib import *

XZ = "320300"                                       # 徐州市
SPEC = [
    R("徐州市", XZ, in_org=True),                   # 徐州市医疗保障局2022年度重点研究课题
    D("2022年度", "2022"),
    R("徐州市", XZ),                                # 课题名称: 徐州市城乡居民大病保险…研究: a place before a topic
    # 课题编号 XZYB-KT-2022-07: a code, no date
    R("徐州", XZ, in_org=True),                     # 徐州医科大学管理学院; 合作单位: 合作 a common word, no place
    R("徐州市", XZ, in_org=True),                   # 徐州市医疗保障基金管理中心
    R("邳州市", "320382", in_org=True),             # 邳州市医疗保障局
    R("沛县", "320322", in_org=True),               # 沛县人民医院
    DR("2022年7月—2024年6月", "2022-07", "2024-06"),   # the project period, Chinese dash
    T("18个月", 18, "month"),
    T("6个月", 6, "month"),
    M("25万元", 250000),
    R("徐州市", XZ, in_org=True),                   # 其中徐州市医疗保障局资助20万元
    M("20万元", 200000),
    M("5万元", 50000),
    M("23.68万元", 236800),
    P("94.7%", 0.947),
    D("2024年8月16日", "2024-08-16"),
    # 一、研究背景: a section number
    R("徐州市", XZ),                                # 徐州市自2015年起实施…: plain
    D("2015年起", "2015", qualifier="from"),
    D("2023年", "2023"),
    C("约692.4万人", 6924000, "person", qualifier="approx"),
    M("每年65元", 65, period="year"),               # 每人每年65元 (set 1 call 2)
    M("1.5万元", 15000),
    P("60%", 0.6),                                  # 60%~70%: two % signs, two mentions
    P("70%", 0.7),
    M("40万元", 400000),                            # 年度最高支付限额40万元: 限额 stands between 最高 and the amount
    P("约8%", 0.08, qualifier="approx"),
    DR("2022年10月至2023年3月", "2022-10", "2023-03"),
    R("鼓楼区", "320302"),                          # 徐州's 鼓楼区 (not 南京, 福州 or 开封's), by the article's city
    R("铜山区", "320312"),
    R("邳州市", "320382"),
    R("沛县", "320322"),
    # 1 860户: 户 is no classifier, nothing (set 17)
    C("5 214人", 5214, "person"),
    DR("2019—2023年", "2019", "2023"),
    C("约48.6万条", 486000, "item", qualifier="approx"),
    DR("2025—2030年", "2025", "2030"),
    C("3种", 3, "kind"),
    T("1年", 1, "year"),                            # 模型循环周期为1年
    # 1. 2. 3. 4.: list numbers
    P("58.3%", 0.583),
    # 95%CI: the interval's name (call 1); its bounds carry % signs here: percents
    P("56.9%", 0.569),
    P("59.7%", 0.597),
    P("约6个百分点", 0.06, points=True, qualifier="approx"),
    T("65岁及以上", 65, "year", age=True, qualifier="min"),
    # (3.82±2.41)万元: mean ± SD, the unit after the bracket: nothing (call 4)
    T("18~44岁", (18, 44), "year", age=True),
    # 2.7倍: a multiple, no type
    M("5元", 5),                                    # 每年提高5元: 每年 does not touch the amount
    D("2030年", "2030"),
    T("6个月以上", 6, "month", qualifier="min"),
    D("2028年前后", "2028", qualifier="approx"),
    M("1.5万元", 15000),
    M("1.2万元", 12000),
    C("约3.1万名", 31000, "person", qualifier="approx"),
    M("约4 800万元", 48000000, qualifier="approx"),
    # 四、成果产出: 6篇, 3篇: 篇 is no classifier of the guidelines: nothing (set 37 call 4)
    C("2份", 2, "piece"),
    C("1份", 1, "piece"),
    C("4名", 4, "person"),
    R("徐州市", XZ, in_title=True),                 # 《徐州市城乡居民大病保险实施办法(2024年修订)》
    D("2024年", "2024"),                            # inside the title
    PH("0516-83262178"),
    E("hanxd@example.edu.cn"),
    R("徐州市铜山区", "320312"),                    # address chain; 铜山路 a road, 209号 a house number, 221004 a postcode
]
