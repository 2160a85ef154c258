from gold_lib import *

HY, XX, HN = "433124", "433100", "430000"           # 花垣县, 湘西土家族苗族自治州, 湖南省
SPEC = [
    R("花垣县", HY, in_org=True),                   # 花垣县医疗保障局驻…工作队 (the team of an office); 双龙镇, 十八洞村: no places
    # 十八洞村: a village's name (十八 + 洞, no classifier), nothing
    D("2024年", "2024"),
    D("2024年", "2024"),                            # 2024年,我局驻村工作队…
    C("3名", 3, "person"),                          # (3名队员)
    R("湖南省湘西土家族苗族自治州花垣县", HY),      # one chain, most specific level; 双龙镇 (a town) after it is no place
    # 距县城约34公里: 公里 is no unit of any type, nothing
    # 梨子寨、竹子寨、飞虫寨、当戎寨: hamlets, no places
    C("4个", 4, "item"),
    C("6个", 6, "item"),
    # 239户: 户 is no classifier of the guidelines, nothing (call 4, set 17 call 1)
    C("939人", 939, "person"),
    D("2024年度", "2024"),
    P("100%", 1),
    C("927人", 927, "person"),
    M("8.6万元", 86000),
    C("2名", 2, "person"),
    D("2024年3月20日前", "2024-03-20", qualifier="until"),
    R("湘西州", XX, in_org=True),                   # 湘西州人民医院: short name + 州 is the prefecture (set 50 call 6)
    R("花垣县", HY, in_org=True),                   # 花垣县人民医院; 双龙镇卫生院: a town, no place
    C("3次", 3, "time"),
    C("460人次", 460, "person"),
    # 龙某某: a person
    D("2024年", "2024"),
    M("约6.2万元", 62000, qualifier="approx"),
    # 三重保障: 三 + 重 (no classifier), nothing
    P("90%左右", 0.9, qualifier="approx"),
    M("5000元", 5000),                              # 不到5000元: 不到 is not on the shared list
    # 花垣河: a river named after the county: part of a longer name, no place (call 5)
    # 酉水: a river; 沅江: here the river (沅水), not 沅江市 of 益阳 (call 5)
    R("花垣县", HY, in_org=True),                   # 花垣县国有林场: a forest farm is an organisation (call 3)
    # 1200亩, 1000亩: 亩 is no unit of any type
    M("9600元", 9600),                              # 每年可增收9600元: 可增收 between 每年 and the amount: no period
    # 每名护林员: 每 + classifier, nothing
    # 春节前后: 春节 is no date, so 前后 qualifies nothing
    R("凤凰县", "433123"),
    R("吉首市", "433101"),
    T("两天", 2, "day"),                            # 往返两天
    D("2025年", "2025"),                            # 2025年计划 (heading)
    # 一是、二是、三是: list words
    D("2025年1月起", "2025-01", qualifier="from"),
    # 每季度开展一次: 一次 is a lone 一; 每季度 touches no amount
    P("60%以上", 0.6, qualifier="min"),
    # “一人一档”: a slogan, nothing
    PH("0743-7221369"),
    PH("139 0743 8812"),                            # a mobile grouped with spaces; the middle group 0743 is no area code (set 2 call 13)
    R("花垣县", HY, in_org=True),                   # signature: the team of 花垣县医疗保障局
    # 十八洞村: a village
    D("2024年12月28日", "2024-12-28"),
]
