from gold_lib import *

RKZ, SH, SD, HLJ, JL = "540200", "310000", "370000", "230000", "220000"   # 日喀则市, 上海市, 山东省, 黑龙江省, 吉林省
SPEC = [
    R("日喀则市", RKZ),                             # 日喀则市医保"组团式"帮扶: a place before a topic (headline)
    R("上海", SH),                                  # 上海山东等援藏专家: partner provinces, plain
    R("山东", SD),
    T("半年", 0.5, "year"),
    C("1.2万人次", 12000, "person"),
    R("日喀则市", RKZ, in_org=True),                # 日喀则市融媒体中心
    D("2025-11-03", "2025-11-03"),                  # 发布时间; 10:20 a time
    # 次仁央宗, 格桑旺堆: Tibetan personal names
    R("日喀则市", RKZ, in_org=True),                # 日喀则市医疗保障局
    DR("2025年1-9月", "2025-01", "2025-09"),
    P("78.6%", 0.786),
    P("3个百分点", 0.03, points=True),
    R("桑珠孜区", "540202"),
    R("上海市", SH),                                # 来自上海市的援藏医生: plain
    R("拉孜县", "540225"),                          # 拉孜县查务乡: 查务乡 a township
    # 扎西顿珠: a Tibetan personal name
    T("58岁", 58, "year", age=True),
    R("日喀则市", RKZ, in_org=True),                # 日喀则市人民医院
    M("6.8万元", 68000),
    M("8600元左右", 8600, qualifier="approx"),
    R("拉萨", "540100"),
    R("成都", "510100"),
    M("三四千元", (3000, 4000)),                    # two neighbouring numerals: a range
    R("日喀则", RKZ),                               # 对口支援日喀则
    R("上海", SH),
    R("山东", SD),
    R("黑龙江", HLJ),
    R("吉林", JL),                                  # among partner provinces: the province, not 吉林市 (call 2)
    # 4省市: 省市 is no classifier, nothing (like 四市)
    C("3家", 3, "institution"),
    R("山东", SD),                                  # 山东援藏干部: a place before people (not a body), plain
    R("江孜县", "540222"),
    R("白朗县", "540228"),
    C("26个", 26, "item"),
    C("1300余例", 1300, "case", qualifier="min"),
    R("吉林省", JL, in_org=True),                   # 吉林省第十批援藏医疗队: a team's proper name (call 3); 第十批 an ordinal
    R("亚东县", "540233"),                          # 亚东县帕里镇: 帕里镇 a township
    T("90天", 90, "day"),                           # 满90天: 满 is no qualifier
    C("2400余人", 2400, "person", qualifier="min"),
    R("日喀则市", RKZ, in_org=True),                # 日喀则市医保局
    # 尼玛次仁: a personal name; 尼玛 (尼玛县) is no place here
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    C("18个", 18, "item"),                          # 全部18个县(区)
    T("5个工作日", 5, "workday"),                   # 5个工作日内: 内 is no qualifier
    M("1.2万元", 12000),
    M("8000元", 8000),
    P("60%以上", 0.6, qualifier="min"),
    R("江孜县", "540222", in_org=True),             # 江孜县医保局
    # 边巴次仁: a personal name
    D("2025年", "2025"),
    M("每年400元", 400, period="year"),             # 每人每年400元
    T("3年", 3, "year"),                            # 连续3年
    P("98%以上", 0.98, qualifier="min"),
    R("仁布县", "540229"),
    R("康马县", "540230"),
    R("日喀则", RKZ),                               # 到日喀则接受培训
    C("1次", 1, "time"),                            # 每季度…培训1次: digit 1 is no lone 一
    T("5天", 5, "day"),                             # 每次5天: 每次 is a period word for money only
    PH("0892-8832417"),
    E("rkzyb@example.cn"),
    # 责任编辑:白玛: a personal name
]
