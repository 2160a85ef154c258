from gold_lib import *

XM, XA_, SM = "350200", "350213", "350203"          # 厦门市, 翔安区, 思明区
SD, WH, QD = "370000", "371000", "370200"           # 山东省, 威海市, 青岛市
ZJ, HZ = "330000", "330100"                         # 浙江省, 杭州市
DOCS = {
    "heldout80-news-1": [
        R("厦门", XM, in_org=True),                 # 厦门大学 (title)
        R("翔安", XA_, in_org=True),                # 翔安校区: a campus's name with a district's short name (call 1)
        D("2025-09-15", "2025-09-15"),
        D("9月15日", "--09-15"),
        R("厦门", XM, in_org=True),
        R("翔安", XA_, in_org=True),
        R("翔安", XA_, in_org=True),                # 位于翔安校区芙蓉湖路: the campus; 芙蓉 (长沙's 芙蓉区) is part of a road's name
        # 共4层: 层 is no classifier
        C("12个", 12, "item"),
        C("36台", 36, "piece"),
        R("翔安", XA_, in_org=True),                # 翔安校区约2.3万名师生
        C("约2.3万名", 23000, "person", qualifier="approx"),
        R("思明区", SM),                            # 思明区的思明校区: the district, plain
        R("思明", SM, in_org=True),                 # 思明校区校医院
        T("1小时", 1, "hour"),                      # 单程约需1小时: 需 stands between 约 and the number: no qualifier
        # 医保信息平台: no place
        R("厦门市", XM),                            # 厦门市城乡居民医保: a programme
        P("70%", 0.7),
        P("10个百分点", 0.1, points=True),
        # 2024—2025学年: nothing (set 72 call 3)
        C("18.6万人次", 186000, "person"),
        P("81%", 0.81),
        # 每天7:30-21:30: times of day
        PH("0592-2181120"),
        # 第2周: an ordinal week
        M("60元", 60),                              # 体检费每人60元: 每人 is no period
    ],
    "heldout80-news-2": [
        R("山东", SD, in_org=True),                 # 山东大学 (title)
        R("威海", WH, in_org=True),                 # 威海校区
        D("2026年度", "2026"),
        D("2025-10-09", "2025-10-09"),
        R("山东", SD, in_org=True),
        R("威海", WH, in_org=True),
        D("2026年度", "2026"),
        R("威海市", WH),                            # 按照威海市有关规定: plain
        M("400元/人/年", 400, period="year"),       # <strong>400</strong>元/人/年
        D("2025年12月20日", "2025-12-20"),
        D("2025年度", "2025"),
        # 全校区: no number
        C("1.58万人", 15800, "person"),
        P("99.2%", 0.992),
        R("环翠区", "371002"),
        R("文登区", "371003"),
        P("85%", 0.85),                             # 最高可达85%: 可达 between
        T("18周岁", 18, "year", age=True),          # 年满18周岁
        R("青岛", QD, in_org=True),                 # 青岛校区
        R("即墨区", "370215"),                      # (校区位于即墨区): the location, plain
        R("青岛市", QD),                            # 按青岛市标准: plain
        M("每年420元", 420, period="year"),         # 每人每年420元
        PH("0631-5688123"),
        # 3楼306室: a floor and a room
    ],
    "heldout80-news-3": [
        R("浙江", ZJ, in_org=True),                 # 浙江大学 (title); 紫金港校区 (×2): no division (紫金, 河源's 紫金县, is part of a longer name)
        D("2025-11-05", "2025-11-05"),
        R("浙江", ZJ, in_org=True),                 # 浙江大学新闻办
        DR("11月3日至7日", "--11-03", "--11-07"),
        R("杭州市", HZ, in_org=True),               # 杭州市医疗保障局
        R("浙江", ZJ, in_org=True),                 # 浙江大学
        C("5个", 5, "item"),                        # 咨询台5个
        # 3,000余册: 册 is no classifier (余 makes no mention without a unit of the lists)
        C("200多名", 200, "person", qualifier="min"),
        R("杭州市西湖区", "330106", in_org=True),   # 杭州市西湖区医保分中心: a chain in an office's name
        # 在杭: 杭 is a one-character abbreviation
        M("每年380元", 380, period="year"),
        P("60%", 0.6),
        D("2025年", "2025"),
        R("杭州", HZ),                              # 杭州全市: plain
        C("约43万人", 430000, "person", qualifier="approx"),
        C("15支", 15, "piece"),                     # 15支队伍: 支 is a classifier of the list (call 5)
        C("60人", 60, "person"),
        # 3轮: 轮 is no classifier; 2402班: a class name; 第一名: an ordinal
        M("1000元", 1000),
        PH("0571-88912345"),
        PH("12345"),
    ],
}
