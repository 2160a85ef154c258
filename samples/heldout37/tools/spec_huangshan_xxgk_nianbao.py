from gold_lib import *

HS, TX, HSQ, HZ, SX, XN, YX, QM = "341000", "341002", "341003", "341004", "341021", "341022", "341023", "341024"
SPEC = [
    R("黄山市", HS, in_org=True),                    # title: 黄山市医疗保障局2024年政府信息公开工作年度报告
    D("2024年", "2024"),
    D("2025-01-20", "2025-01-20"),                   # 发布时间 2025-01-20 09:30: 09:30 is a time of day
    R("黄山市", HS, in_org=True),                    # 信息来源
    # 索引号 11341000MB1R12345X/202501-00003: an index number, nothing (no date in it)
    # 《中华人民共和国政府信息公开条例》: 共和 is part of a longer name; 国办公开办函〔2021〕30号: a document number
    DR("2024年1月1日至12月31日", "2024-01-01", "2024-12-31"),   # 统计期限
    R("黄山市", HS, in_org=True),                    # 黄山市医疗保障局办公室
    R("黄山市屯溪区", TX),                           # address chain (county)
    # 黄山东路28号: 黄山 and 山东 inside a road name are no places (guidelines: 南华 in 南华北路); 邮编 245000: a postcode
    PH("0559-2356018"),
    E("hsybj_gk@example.gov.cn"),
    D("2024年", "2024"),                             # 一、总体情况 2024年,
    # 国家、省、市: no place
    R("黄山", HS, in_org=True),                      # “黄山医保”微信公众号: an account's name (city over county 黄山区)
    C("312条", 312, "item"),
    P("12.6%", 0.126),
    C("14件", 14, "item"),
    # 政策解读9篇: 篇 is no classifier of the guidelines, no count
    C("186条", 186, "item"),
    # 第一项加第二项之和,等于第三项加第四项之和 (table note below): ordinals, nothing
    # 全市: no place
    C("132.4万人", 1324000, "person"),
    P("97%以上", 0.97, qualifier="min"),
    C("27件", 27, "item"),
    P("35%", 0.35),
    C("3件", 3, "item"),
    C("19件", 19, "item"),
    C("5件", 5, "item"),
    C("1件", 1, "item"),                             # 上年结转1件
    C("28件", 28, "item"),
    P("100%", 1),
    T("8.6个工作日", 8.6, "workday"),                # 平均答复时间为8.6个工作日
    DR("2019年至2021年", "2019", "2021"),            # a year range written with two 年 and 至
    C("46件", 46, "item"),
    C("6件", 6, "item"),
    C("4件", 4, "item"),
    C("约28.6万人次", 286000, "person", qualifier="approx"),
    C("1,046条", 1046, "item"),
    P("98.7%", 0.987),
    C("2次", 2, "time"),
    C("约120人", 120, "person", qualifier="approx"),
    C("4次", 4, "time"),
    C("17个", 17, "item"),
    # 二、主动公开 tables flattened to text: 第二十条第(一)项 (article numbers) and the cells
    # 0 0 0 / 3 1 17 / 0 / 11 / 0 / 0 are bare numbers without a unit: nothing.  (单位:万元) has no number.
    # 三、申请 table: every cell is a bare number (24 2 0 0 1 0 27 ...), nothing; (一)…(七), 1., 3. are
    # list numbers; 三安全一稳定: a slogan, no count
    # 四、复议/诉讼 rows: bare numbers, nothing
    D("2024年", "2024"),                             # 五、 2024年政务公开工作
    D("2025年", "2025"),
    P("50%以上", 0.5, qualifier="min"),              # 占比提高到50%以上
    R("屯溪区", TX),
    R("黄山区", HSQ),                                # the district (written with 区), not the city
    R("徽州区", HZ),
    R("歙县", SX),
    R("休宁县", XN),
    R("黟县", YX),                                   # one character + 县
    R("祁门县", QM),
    C("7个", 7, "item"),                             # 共7个区县医保局
    P("95%以上", 0.95, qualifier="min"),
    # 人大代表建议和政协委员提案: 和政 (和政县) across 和 + 政协 is no place
    D("2024年", "2024"),                             # 六、(二) 2024年共承办
    C("6件", 6, "item"),
    C("9件", 9, "item"),
    P("100%", 1),                                    # 办复率
    P("100%", 1),                                    # 满意率
    D("2024年", "2024"),                             # 《2024年黄山市政务公开工作要点》: a year in a title is a plain date
    R("黄山市", HS, in_title=True),
    C("23项", 23, "item"),
    D("2025年1月20日前", "2025-01-20", qualifier="until"),
    U("https://ybj.huangshan.example.gov.cn/xxgk/ndbg/"),
    R("黄山市", HS, in_org=True),                    # signature
    D("2025年1月20日", "2025-01-20"),
]
