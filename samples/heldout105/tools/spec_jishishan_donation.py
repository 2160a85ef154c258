from gold_lib import *

JSS, LX, LXS, GS, LZ, QH, HN, TS = "622927", "622900", "622901", "620000", "620100", "630000", "410000", "620500"
# 积石山保安族东乡族撒拉族自治县, 临夏回族自治州, 临夏市, 甘肃省, 兰州市, 青海省, 河南省, 天水市
SPEC = [
    R("积石山县", JSS),                             # title: 积石山县抗震救灾社会捐赠公示 (short name + 县, like 木里县)
    # (第三批): an ordinal
    R("甘肃省", GS, in_title=True),                # 《甘肃省救灾捐赠款物管理办法》: rules, not an organisation
    DR("2023年12月20日至12月31日", "2023-12-20", "2023-12-31"),
    R("积石山县", JSS),                             # 积石山县接收的
    # (单位:万元): a unit with no number; 1./2./…: list numbers
    R("甘肃", GS),                                  # 甘肃某建设集团: 某 names no body, not in_org
    M("500万元", 5000000),
    R("兰州", LZ, in_org=True),                     # 兰州佛慈制药股份有限公司
    M("200万元", 2000000),
    R("临夏州", LX, in_org=True),                   # 临夏州工商业联合会
    M("150万元", 1500000),
    R("青海", QH),                                  # 青海某盐湖化工有限公司: 某; 盐湖 (运城's 盐湖区 elsewhere) is a lake in a company's name here, no place
    M("100万元", 1000000),
    R("河南", HN),                                  # 河南某医疗器械有限公司
    M("86.5万元", 865000),
    R("临夏市", LXS, in_org=True),                  # 临夏市个体工商户联合会
    M("32.8万元", 328000),
    M("5000元", 5000),
    M("1,200元", 1200),
    M("1069.92万元", 10699200),                     # 小计
    R("兰州", LZ, in_org=True),                     # 兰州大学第二医院
    # 帐篷120顶、棉被800床: 顶 and 床 are not on the classifier list
    M("约46万元", 460000, qualifier="approx"),
    R("天水市", TS),                                # 天水市某药业公司: 某
    C("37种", 37, "kind"),
    # 医用口罩2万只: 只 is not on the classifier list
    M("18.6万元", 186000),
    # 某电商平台
    C("300台", 300, "piece"),
    M("约9万元", 90000, qualifier="approx"),
    D("2023年12月31日", "2023-12-31"),              # 截至
    # 大河家镇、刘集乡、柳沟乡、石塬镇: townships
    M("680万元", 6800000),
    P("63.6%", 0.636),
    M("215万元", 2150000),
    M("约3400元", 3400, qualifier="approx"),        # 人均: no period word
    C("121名", 121, "person"),
    M("2000元", 2000),                              # 每人发放: 每 + a classifier, no period
    D("2023年12月18日", "2023-12-18"),              # 23时59分: a time
    # 6.2级: a magnitude; 10千米: a depth, nothing
    D("12月24日", "--12-24"),                       # 截至12月24日
    C("7.2万余人", 72000, "person", qualifier="min"),
    T("7天", 7, "day"),                             # 公示期:7天
    # 县民政局
    PH("0930-7721234"),
    E("jssjz@example.gov.cn"),
    R("积石山保安族东乡族撒拉族自治县", JSS, in_org=True),   # 积石山…自治县民政局 (full name; 东乡 inside it is no place)
    D("2024年1月3日", "2024-01-03"),
]
