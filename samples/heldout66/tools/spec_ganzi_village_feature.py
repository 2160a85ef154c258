from gold_lib import *

GZ = "513300"                                       # 甘孜藏族自治州
SPEC = [
    R("甘孜州", GZ),                                # 甘孜州偏远村落医保服务见闻: short name + 州 (set 50 call 6), a topic
    D("2025年10月16日", "2025-10-16"),
    R("甘孜", GZ, in_org=True),                     # 甘孜日报: a newspaper; 甘孜 = prefecture and 甘孜县: the city-level unit
    # 白玉拉姆: a Tibetan personal name; 白玉 (白玉县) is no place here
    # 7点: a time; 4200米: no mention
    R("色达县", "513333"),                          # 色达县翁达镇措拉村: 翁达镇 a township, 措拉村 a village
    # 降央曲珍: a personal name; 一次 (lone 一)
    T("两三天", (2, 3), "day"),
    R("康定", "513301"),                            # 去康定: 康定市 (the prefecture's seat)
    D("2024年起", "2024", qualifier="from"),
    R("甘孜藏族自治州", GZ),
    C("18个", 18, "item"),                          # 18个县(市)
    # 全州 (the whole prefecture): a word here, not 全州县 (广西)
    C("2679个", 2679, "item"),
    C("2310个", 2310, "item"),
    P("86.2%", 0.862),
    R("理塘县", "513334"),
    T("68岁", 68, "year", age=True),
    # 洛绒多吉: a personal name
    M("约420元", 420, qualifier="approx"),
    P("65%", 0.65),
    M("150元", 150),                                # 不到150元: 不到 is not on the shared list
    R("甘孜县", "513328"),                          # the county (written with 县)
    R("德格县", "513330"),
    # 每季度巡回一次: lone 一; 格桑泽仁: a personal name; 一年: lone 一; 1.5万公里: a distance, nothing
    C("5种", 5, "kind"),
    R("稻城县", "513337"),
    # 达瓦: a personal name
    P("50%", 0.5),
    P("90%", 0.9),
    P("80%", 0.8),
    R("甘孜", GZ, in_org=True),                     # "甘孜医保" 公众号: an account
    T("60岁以上", 60, "year", age=True, qualifier="min"),
    C("137名", 137, "person"),
    P("9成", 0.9),
    # 州医保局: no place name; 全州累计: 全州 is "the whole prefecture", not 全州县 (广西)
    DR("2025年1-8月", "2025-01", "2025-08"),
    C("1.3万余人次", 13000, "person", qualifier="min"),
    C("3次", 3, "time"),                            # 少跑路3次
    M("9000元", 9000),
    P("不低于60%", 0.6, qualifier="min"),
    D("2025年底前", "2025", qualifier="until"),
    R("甘孜州", GZ, in_org=True),                   # 甘孜州医疗保障局
    # 四郎扎西: a personal name
    PH("0836-2825613"),
    U("https://ybj.example.gov.cn/gzz"),            # followed by 查询 (no space): the URL ends at the path
]
