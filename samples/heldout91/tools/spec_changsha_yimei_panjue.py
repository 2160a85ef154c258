from gold_lib import *

CS, YL, HN = "430100", "430104", "430000"          # 长沙市, 岳麓区, 湖南省
SPEC = [
    # 退一赔三: a set phrase (refund one, compensate three), no unit
    R("长沙市岳麓区", YL, in_org=True),            # 来源:长沙市岳麓区人民法院 (a court is an organisation)
    D("2026-04-18", "2026-04-18"),                 # 发布日期 (no role)
    D("2025年6月3日", "2025-06-03"),
    T("31岁", 31, "year", age=True),
    R("长沙", CS),                                 # 长沙某医疗美容有限公司: 某, not in_org
    # 热玛吉全脸900发: 发 is no classifier; 一部分: lone 一
    M("29800元", 29800),
    M("16800元", 16800),
    M("16800元", 16800),
    C("2支", 2, "piece"),                          # 玻尿酸2支
    M("3680元", 3680),                             # 单价3680元/支: /支 a classifier, no period
    M("7360元", 7360),
    M("24160元", 24160),
    # 术后第3天: an ordinal (第).  600发: nothing
    D("2025年9月12日", "2025-09-12"),
    M("24160元", 24160),
    # 按价款3倍: a multiple
    M("72480元", 72480),
    R("长沙市岳麓区", YL, in_org=True),            # 长沙市岳麓区人民法院经审理
    # 少打300发: nothing.  《中华人民共和国消费者权益保护法》: 中华人民共和国 is no division (共和, 青海's 共和县, inside it: nothing); 第五十五条: article
    # 一、二、三、: list numbers
    T("10日", 10, "day"),                          # 判决生效之日起10日内
    M("24160元", 24160),
    M("72480元", 72480),
    M("1868元", 1868),
    # 一审 / 二审: instance ordinals
    R("长沙市", CS, in_org=True),                  # 长沙市中级人民法院
    D("2026年3月26日", "2026-03-26"),
    # 案号:(2025)湘0104民初11583号: a case number (湘 one-character abbreviation, 0104 a code)
    R("湖南省", HN, in_title=True),                # 《湖南省医疗保障基金监督管理办法》
    # 1倍以上3倍以下: multiples, nothing
    R("湖南省", HN, in_org=True),                  # 湖南省医疗保障局
    T("2年", 2, "year"),                           # 监管期为2年
    PH("0731-88851234", city="长沙市"),            # 0731 is shared (长沙/株洲/湘潭): the article's city (set 1 call 5)
    R("岳麓区", YL, in_org=True),                  # 岳麓区法院诉讼服务中心
]
