from gold_lib import *

# The page is written in Traditional characters (HK forms); its stem `traditional` makes the shared
# normalize.py run it through opencc t2s, so the gold text is Simplified.
SZ, HK, GZ, ZH = "440300", "810000", "440100", "440400"   # 深圳市, 香港, 广州市, 珠海市
SPEC = [
    # 港人 (Hong Kong people), 北上: no places
    R("深圳", SZ),                                  # 长者医疗券可于深圳使用
    # 【本报记者 李某 深圳报道】: the dateline place
    R("深圳", SZ),
    D("2025年11月20日", "2025-11-20"),
    # 医务衞生局 (衞 stays after t2s): no place
    DR("1至10月", "--01", "--10"),                  # 今年1至10月: a month range; 今年 outside
    C("8.2万人次", 82000, "person"),                # 约有8.2万人次: 有 separates 约
    R("香港", HK, in_org=True),                     # 香港大学深圳医院: both places in a proper name
    R("深圳", SZ, in_org=True),
    R("深圳", SZ, in_org=True),                     # (港大深圳医院): 港 alone is a one-character abbreviation
    P("约35%", 0.35, qualifier="approx"),           # 按年增长约35%
    T("65岁", 65, "year", age=True),                # 年满65岁: 满 is not on the shared list
    M("2,000港元", 2000, currency="HKD"),           # 每年发放2,000港元: 发放 stands between, no period
    M("8,000港元", 8000, currency="HKD"),           # 累积上限为8,000港元: 为 separates 上限
    D("2024年10月起", "2024-10", qualifier="from"),
    # 大湾区: no place
    C("7家", 7, "institution"),
    R("深圳", SZ), R("广州", GZ), R("珠海", ZH),
    # 屯门: a district of 香港; the gazetteer holds 香港 only at province level, no mention
    T("72岁", 72, "year", age=True),
    R("深圳", SZ, in_org=True),                     # 每月到港大深圳医院覆诊一次 (一次: lone 一)
    R("香港", HK),                                  # 喺香港排专科 (Cantonese 喺 = 在)
    T("18个月", 18, "month"),
    R("深圳", SZ),                                  # 喺深圳一星期就睇到: 一星期 is the lone 一
    M("约100元", 100, qualifier="approx"),          # 约100元人民币: 人民币 after the unit is not part of it
    R("香港", HK),                                  # 比香港私家医生
    # 上月: no date
    M("约1.2万元", 12000, qualifier="approx"),
    M("3,000港元", 3000, currency="HKD"),
    R("深圳", SZ, in_org=True),                     # 港大深圳医院表示
    # 港人专属服务中心: no place
    C("约600人次", 600, "person", qualifier="approx"),   # 每日接待港人约600人次: 每日 is no period of a count
    P("约15%", 0.15, qualifier="approx"),
    R("香港", HK),                                  # 香港身份证: a place before a document, not in_org (like 福州市居住证)
    # 回乡证: nothing
    T("2至3小时", (2, 3), "hour"),                  # one range with one unit
    # 港府: no place
    R("深圳市南山区", "440305"),                    # a chain (深圳's 南山区, not 鹤岗's); 社区健康服务中心 is generic, no org name
    D("2026年", "2026"),
    M("约500港元", 500, currency="HKD", qualifier="approx"),   # 每次使用上限约500港元: 每次 and 上限 do not touch
    R("深圳市", SZ, in_org=True),                   # 深圳市医疗保障局
    R("深圳", SZ),                                  # 在深圳工作
    R("深圳", SZ),                                  # 深圳医保: a place before a programme, no in_org
    M("每月280元", 280, period="month"),
    m("phone", "+852 2838 2311", "+85228382311", kind="fixed"),   # Hong Kong's plan, no area_code
    R("深圳", SZ, in_org=True),                     # 港大深圳医院港人服务中心
    PH("(0755) 8691 3388"),                         # parentheses around the area code are part of the number as written
]
