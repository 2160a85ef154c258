from gold_lib import *

YB = "222400"                                       # 延边朝鲜族自治州
SPEC = [
    R("延边州", YB, in_org=True),                   # 延边州医保局 (headline)
    # the Hangul line (연변조선족자치주 의료보장국 소식) yields nothing (call 5)
    D("2025-09-22", "2025-09-22"),
    R("延边朝鲜族自治州", YB, in_org=True),         # 信息来源: 延边朝鲜族自治州医疗保障局
    # 浏览次数:1536: a counter
    D("9月18日", "--09-18"),
    R("延边州", YB, in_org=True),                   # 延边州医疗保障局
    R("珲春市", "222404"),                          # 珲春市圈河口岸: the port's name is 圈河口岸 (河口 inside it: nothing); the city locates it (call 6)
    R("图们市", "222402"),                          # 图们市图们口岸: the city locates the port ...
    R("图们", "222402", in_org=True),               # ... and 图们 is part of the port's name (a facility, like 西宁客运中心站)
    # 8:30-17:00: times
    C("12项", 12, "item"),
    R("珲春市", "222404", in_org=True),             # 珲春市医保局
    # 金顺姬: a Korean personal name; 圈河口岸: no gazetteer name, and 河口 (河口瑶族自治县, 云南) inside it is nothing
    C("超过3000人次", 3000, "person", qualifier="min"),
    R("延吉", "222401"),                            # 回延吉办手续: 延吉市
    D("2025年", "2025"),                            # 2025年上半年: 上半年 is not a qualifier word
    R("延边州", YB),                                # 延边州城乡居民医保: a place before a programme
    C("143.6万人", 1436000, "person"),
    P("85%", 0.85),
    P("75%", 0.75),
    R("延吉市", "222401"),
    R("龙井市", "222405"),
    R("和龙市", "222406"),
    R("汪清县", "222424"),
    R("安图县", "222426"),
    # 二级以上医院: a hospital level; 韩国: no division
    D("2026年度", "2026"),
    M("400元", 400),                                # 每人400元: 每 + classifier, no period
    D("12月31日前", "--12-31", qualifier="until"),
    D("1月1日起", "--01-01", qualifier="from"),     # 次年 is not part of it (like 翌年)
    R("吉林省", "220000"),                          # 吉林省内: 内 is not part of the place
    R("延边州", YB),                                # 延边州门诊统筹: a programme
    M("100元", 100),                                # 一级医院为100元: 一级 is a hospital level
    M("2000元", 2000),                              # 年度最高支付2000元: 最高 does not touch
    R("龙井市", "222405"),                          # 龙井市东盛涌镇: a township after it
    # 朴成哲: a Korean personal name
    T("67岁", 67, "year", age=True),
    M("2.3万元", 23000),
    P("七成", 0.7),
    M("6900块", 6900),
    R("图们市", "222402", in_org=True),             # 图们市医保局
    # 李和龙: a personal name; 和龙 (和龙市) is no place here
    T("6个月", 6, "month"),
    R("延边州", YB),                                # 延边州与黑龙江省牡丹江市…签订了…协议: the prefecture as a party, plain
    R("黑龙江省牡丹江市", "231000"),                # a chain: the city
    R("辽宁省丹东市", "210600"),
    # 三地: no name
    D("2025年10月1日起", "2025-10-01", qualifier="from"),
    D("8月底", "--08", qualifier="approx"),
    # 全州 (the whole prefecture): a word here, not 全州县 (广西)
    C("1.1万余人次", 11000, "person", qualifier="min"),
    M("约4200万元", 42000000, qualifier="approx"),
    PH("0433-2512683"),
    R("延边州", YB),                                # 延边州12345政务服务便民热线: a place before a service line (like 南县新农合医保电话)
    PH("12345"),
]
