from gold_lib import *

# HTML fragment of a Hong Kong news site (Traditional, <p>, <strong>, &nbsp; indents, a 相关新闻 link
# list); offsets index the visible text after NFKC and t2s (tools/t2s_normalized.py).
SZ, GZ, ZH, LH, HK = "440300", "440100", "440400", "440303", "810000"
SPEC = [
    # 九间医疗机构: 间 is no classifier
    R("深圳", SZ),                                  # headline 深圳广州珠海均有: three places side by side
    R("广州", GZ),
    R("珠海", ZH),
    D("2025年3月18日", "2025-03-18"),               # the byline date (main article: plain, set 1 call 8)
    # 衞生署: no place
    D("17日", "---17"),                             # 昨日(17日): a day of the current month, day only (call 8)
    # 长者医疗券大湾区试点计划: 大湾区 no place
    D("2025年4月1日起", "2025-04-01", qualifier="from"),
    # 大湾区内地九间: nothing
    R("香港", HK),                                  # 香港长者
    R("深圳", SZ),
    R("广州", GZ),
    R("珠海", ZH),
    T("65岁", 65, "year", age=True),                # 年满<strong>65岁</strong>
    R("香港", HK),                                  # 香港居民
    M("2,000港元", 2000, currency="HKD"),           # 每年可获2,000港元: 可获 between 每年 and the amount: no period
    M("8,000港元", 8000, currency="HKD"),           # 累积上限为8,000港元: 上限 is on the shared list but 为 stands between
    D("2月底", "--02", qualifier="approx"),         # 截至今年2月底
    C("约12.6万名", 126000, "person", qualifier="approx"),   # 约<strong>12.6万</strong>名: inline tags, one text run
    R("深圳", SZ, in_org=True),                     # 港大深圳医院: a hospital's name (港 alone: nothing)
    M("约2.3亿港元", 230000000, currency="HKD", qualifier="approx"),
    R("广州市", GZ, in_org=True),                   # 广州市第一人民医院 (第一人: an ordinal, no count)
    R("珠海市", ZH, in_org=True),                   # 珠海市人民医院
    # 中山大学附属第一医院: 中山 is Sun Yat-sen's name here, not the city (set 3)
    R("深圳市罗湖区", LH, in_org=True),             # 深圳市罗湖区人民医院: one chain
    # 一次普通门诊: lone 一
    M("约150元", 150, qualifier="approx"),          # 约<strong>150元</strong>人民币: CNY, 人民币 outside
    M("约163港元", 163, currency="HKD", qualifier="approx"),   # 折合约163港元: 约 touches
    R("香港", HK),                                  # 香港私家诊所: a generic description, plain
    # 平约一半: 一半 is no percent (set 9 call 6); 九龙城: 九龙 (四川's 九龙县) inside a Hong Kong district name, and 龙城 (朝阳's 龙城区) inside it too (call 2)
    T("78岁", 78, "year", age=True),
    # 一年: lone 一
    C("五次", 5, "time"),
    R("深圳", SZ),                                  # 喺深圳睇一次专科: 一次 lone 一; 几百蚊: nothing (蚊 no currency unit, no number)
    R("香港", HK),
    T("半年", 0.5, "year"),
    # 港澳药械通: no place
    C("86种", 86, "kind"),
    C("45项", 45, "item"),
    C("36家", 36, "institution"),
    P("约四成", 0.4, qualifier="approx"),
    m("phone", "+852 3582 4166", "+85235824166", kind="fixed"),   # Hong Kong's plan, no area_code
    PH("(0755) 2553 1888"),
    U("https://www.hcv.example.gov.hk/gba"),        # the space before 。 ends it; hrefs of the related links are attributes, no text
    # 责任编辑:林小慧: no place
    # 相关新闻: a list of link titles with no snippet or category/date line. Each link is a related
    # item (the guidelines: every related item is an article; maintainer's correction of call 9)
    Article("related-01"),
    R("深圳", SZ),                                  # 深圳医院门诊量: hospitals in 深圳 (no name): plain
    P("三成", 0.3),
    Article("related-02"),
    # 本港: no place
    D("2024年", "2024"),
    P("8%", 0.08),
    Article("related-03"),
    # 首批: 首 no number
    C("15名", 15, "person"),
    R("广州", GZ),
    R("香港", HK),
]
