from gold_lib import *

YY, HUN = "430600", "430000"                        # 岳阳市, 湖南省
SPEC = [
    R("岳阳市", YY, in_org=True),                   # 岳阳市中心医院 (breadcrumb line: plain text in a .txt page)
    # 我院: no place.  一周年 (title): lone 一.  DRG: an abbreviation, no mention
    P("8.6%", 0.086),
    D("2025-03-06", "2025-03-06"),                  # 发布时间; 09:15 a time; 浏览次数:1276 a counter
    D("3月5日", "--03-05"),
    # 院长李湘潭: a person's name; 湘潭 inside it is no place
    D("2024年3月1日起", "2024-03-01", qualifier="from"),
    R("岳阳市", YY),                                # 岳阳市全面实施…: the city as the actor
    # CHS-DRG 1.1版: a version number, no mention.  一年来: lone 一
    C("8.72万人次", 87200, "person"),
    P("5.3%", 0.053),
    C("4.16万台次", 41600, "piece"),                # 台次 like 人次: the first classifier (台: piece) gives the unit
    # 三、四级手术: grades
    P("62.4%", 0.624),
    P("4.8个百分点", 0.048, points=True),
    # CMI 由0.98提升至1.06: an index, no unit
    T("8.9天", 8.9, "day"),
    T("7.6天", 7.6, "day"),
    P("8.6%", 0.086),
    P("11.2%", 0.112),
    D("2024年度", "2024"),
    C("8.35万例", 83500, "case"),
    M("6.82亿元", 682000000),
    M("1860万元", 18600000),
    R("岳阳市", YY, in_title=True),                 # 《岳阳市DRG付费结算办法(试行)》: a title of rules (in_title only)
    # 2倍以上: a multiple, no type in the guidelines
    P("30%", 0.3),                                  # 低于基准费用30%: 低于 is not on the shared list
    P("3%以内", 0.03, qualifier="max"),
    # 心血管内科主任周益阳: a person's name (益阳 is no place here)
    C("120张", 120, "piece"),
    D("2024年", "2024"),
    C("6430人次", 6430, "person"),
    C("1280台次", 1280, "piece"),
    T("5.2天", 5.2, "day"),
    M("2.46万元", 24600),
    M("2.18万元", 21800),
    # 陈南岳: a person's name (南岳区 is 衡阳's district; here no place)
    T("48小时以内", 48, "hour", qualifier="max"),
    M("约9800元", 9800, qualifier="approx"),         # 单次住院费用: 单次 is no period word
    # 医保办主任黄平江: a person's name (平江县 is 岳阳's county, 黄平县 贵州's; here no place)
    D("2025年1月起", "2025-01", qualifier="from"),
    # 我市: no place.  DIP 2.0版: a version number
    M("260元", 260),                                # 每床日标准为260元至380元: 每床日 is no period word; two amounts (set 1 call 4)
    M("380元", 380),
    R("华容县", "430623"),                           # 岳阳's county (华容区 is 鄂州's; 县 decides)
    R("汨罗市", "430681"),
    R("临湘市", "430682"),
    C("3家", 3, "institution"),                     # 等3家县级医院
    C("1.9万人次", 19000, "person"),
    C("200张", 200, "piece"),
    C("2600张", 2600, "piece"),
    C("9万人次", 90000, "person"),                  # 突破 is not on the shared list
    P("25%以上", 0.25, qualifier="min"),
    D("2025年6月底前", "2025-06", qualifier="until"),
    PH("0730-8222311"),
    E("ybb@yyszxyy.example.cn"),
    PH("12345"),
    R("岳阳市岳阳楼区", "430602"),                   # address: the chain; 东茅岭路39号 and 邮编414000 are no mentions
    C("2名", 2, "person"),
    R("湖南省", HUN, in_org=True),                  # 湖南省医疗保障局
    # "3·15": the name of a day (consumer rights day), not a date form of the guidelines; 金安 in 基金安全 is no place
]
