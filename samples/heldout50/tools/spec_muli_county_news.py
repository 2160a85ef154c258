from gold_lib import *

ML, LS = "513422", "513400"                          # 木里藏族自治县; 凉山彝族自治州
SPEC = [
    R("木里藏族自治县", ML),                           # title: a place before the topic
    R("木里县", ML, in_org=True),                      # 木里县融媒体中心: short name + 县 (call 6)
    D("2025-11-06", "2025-11-06"),                     # 09:18 a time; 浏览次数:2317 a bare number
    D("11月4日", "--11-04"),
    R("木里藏族自治县", ML, in_org=True),              # 木里藏族自治县医疗保障局
    # 县人民医院: no place name; 海拔4000多米: 米 is no unit of any type
    # 水洛乡、俄亚纳西族乡、博科乡: townships, not places
    C("12个", 12, "item"),                             # 12个村
    # 队长尼玛: a Tibetan personal name, also the short name of 那曲's 尼玛县: a person here (call 7)
    # 乔瓦镇: a town
    T("15年", 15, "year"),
    # 一个牧场一个牧场, 一天: lone 一
    C("三个", 3, "item"),                              # 最多走三个点
    # 贡嘎扎西 (贡嘎 = 山南's 贡嘎县), 白玛拉姆: personal names (call 7);
    #   西和 (陇南's 西和县) straddles 扎西和白玛: two names and 和
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),
    P("90%", 0.9),
    P("75%", 0.75),
    R("凉山州", LS),                                   # 转往凉山州外: abbreviation 凉山 + 州 (call 6)
    P("50%", 0.5),
    R("木里", ML),                                     # 对口帮扶木里
    R("浙江省", "330000"),                             # 浙江省医疗专家: a place before a description, not a body
    R("内蒙古", "150000"),
    # 援川: 川 is a one-character abbreviation; 乌兰·其其格: a Mongolian personal name, 乌兰 is also 海西's 乌兰县 (call 7)
    # 俄亚乡卫生院: a township's clinic
    T("3天", 3, "day"),
    C("186人次", 186, "person"),
    C("27名", 27, "person"),
    R("呼伦贝尔", "150700"),
    D("10月底", "--10", qualifier="approx"),           # 截至 is a preposition
    C("13.68万人", 136800, "person"),
    P("97.6%", 0.976),
    P("1.2个百分点", 0.012, points=True),
    DR("2025年1-9月", "2025-01", "2025-09"),
    C("4815人次", 4815, "person"),
    M("3286.4万元", 32864000),
    P("12%左右", 0.12, qualifier="approx"),
    T("65岁以上", 65, "year", age=True, qualifier="min"),
    T("0-6岁", (0, 6), "year", age=True),
    # “绿色通道”: a common word (also 怀化's 通道县), no place
    T("2个工作日", 2, "workday"),                     # 2个工作日内: 内 is not on the list
    D("12月15日前", "--12-15", qualifier="until"),
    C("27个", 27, "item"),                             # 27个乡镇
    R("西昌市", "513401"),
    R("木里", ML),                                     # 木里籍群众: origin, a place
    PH("0834-6521307"),
    PH("139 8154 2260"),
    # 泽仁卓玛: an editor's name
]
