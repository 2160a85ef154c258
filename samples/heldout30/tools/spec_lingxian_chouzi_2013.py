from gold_lib import *

LX, DZ, SD = "371403", "371400", "370000"        # 陵县 (→ 陵城区, 2014), 德州市, 山东省
SPEC = [
    # 新型农村合作医疗 (×3): 合作 is no place
    R("陵县", LX, renamed_from="陵县", in_org=True),     # 陵县卫生局 (header)
    R("陵县", LX, renamed_from="陵县", in_org=True),     # 陵县财政局
    D("2013年度", "2013"),                               # the announcement's title line (no 《》)
    # 2012年第5号 (under the title): an announcement number (the guidelines' `2024年第38号`): no date
    R("山东省", SD, in_title=True, in_org=True),         # 《山东省卫生厅 山东省财政厅关于…通知》 (set 1 call 6: both flags)
    R("山东省", SD, in_title=True, in_org=True),
    D("2013年", "2013"),
    R("德州市", DZ),                                     # 德州市有关要求: a place before a topic
    # 县政府, 我县: no places
    D("2013年度", "2013"),
    # 一、… list numbers
    D("2013年度", "2013"),
    D("2012年", "2012"),
    M("每年290元", 290, period="year"),                  # 每人每年290元
    M("每年340元", 340, period="year"),
    M("50元", 50),
    M("每年280元", 280, period="year"),
    M("156元/人/年", 156, period="year"),                # the guidelines' 380元/人/年: the whole 元/人/年 is in the span
    M("80元/人/年", 80, period="year"),
    M("12元/人/年", 12, period="year"),
    M("32元/人/年", 32, period="year"),
    D("2013年", "2013"),
    D("2013年3月底前", "2013-03", qualifier="until"),    # 底前 → until (set 6 call 10)
    M("每年60元", 60, period="year"),
    M("10元", 10),
    P("50%", 0.5),
    DR("2012年10月1日至12月31日", "2012-10-01", "2012-12-31"),
    R("山东省", SD),                                     # 山东省新农合专用收据: a place before a document (like 福州市居住证), plain
    T("3个月", 3, "month"),                              # 出生后3个月内: 内 outside
    DR("2013年1月1日至2013年12月31日", "2013-01-01", "2013-12-31"),   # 自… 至 …: 自 outside
    M("15万元", 150000),                                 # 最高补偿15万元: 补偿 stands between, no qualifier
    C("约50.6万人", 506000, "person", qualifier="approx"),
    D("2013年", "2013"),
    M("1.72亿元", 172000000),
    P("80%以上", 0.8, qualifier="min"),
    P("15%左右", 0.15, qualifier="approx"),
    P("不超过5%", 0.05, qualifier="max"),
    C("13个", 13, "item"),                               # 13个乡镇(街道)
    # 每个行政村: 每个 is no number
    PH("0534-8221735"),
    PH("0534-8212960"),
    PH("139 5346 2218"),                                 # a mobile with spaces (set 1 call 16)
    R("陵县", LX, renamed_from="陵县", in_org=True),     # signature
    R("陵县", LX, renamed_from="陵县", in_org=True),
    D("2012年9月20日", "2012-09-20"),
]
