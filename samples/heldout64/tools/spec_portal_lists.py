from gold_lib import *

YY, HN, SY, XT = "430900", "430000", "430500", "430300"   # 益阳市, 湖南省, 邵阳市, 湘潭市

# heldout64-jsonl-1 (text): 益阳市医疗保障局 通知公告 list page as scraped: titles with dates, a pager, the footer.
# The dates after the titles are the list's own dates: plain dates, no role (no related block: call 6).
J1 = [
    R("益阳市", YY, in_org=True),                   # site title
    # menu and breadcrumb text: no numbers
    R("益阳市", YY, in_org=True),                   # 益阳市医疗保障局关于公布…
    D("2025年", "2025"),                            # 2025年第一批: 第一批 an ordinal
    D("2025-04-02", "2025-04-02"),
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),             # 每人每年400元
    D("2025-03-28", "2025-03-28"),
    R("益阳市", YY),                                # 益阳市2024年医保基金运行情况: a topic
    D("2024年", "2024"),
    M("48.6亿元", 4860000000),
    P("6.2%", 0.062),                               # 同比增长 is no qualifier
    D("2025-03-15", "2025-03-15"),
    R("赫山区", "430903"),                          # 赫山区、资阳区38家村卫生室: places before counted institutions, plain
    R("资阳区", "430902"),                          # 益阳's 资阳区 (not 四川 资阳市)
    C("38家", 38, "institution"),
    T("5个工作日", 5, "workday"),
    D("2025-03-11", "2025-03-11"),
    DR("2025年3月1日至6月30日", "2025-03-01", "2025-06-30"),
    D("2025-02-26", "2025-02-26"),
    R("安化县", "430923", in_org=True),             # 安化县、桃江县、南县医保经办服务窗口: coordinated, place + office (call 7)
    R("桃江县", "430922", in_org=True),
    R("南县", "430921", in_org=True),
    DR("2月1日-2月4日", "--02-01", "--02-04"),      # yearless range
    D("2025-01-24", "2025-01-24"),
    R("沅江市", "430981"),                          # 沅江市落实…: the city as the headline's subject, plain
    # “一站式”: no number
    C("2.3万人次", 23000, "person"),
    D("2025-01-10", "2025-01-10"),
    R("益阳市", YY, in_org=True),                   # 益阳市医疗保障局2024年…报告
    D("2024年", "2024"),
    D("2025-01-08", "2025-01-08"),
    R("益阳市", YY, in_title=True),   # 《益阳市医疗保障基金监管办法》: a regulation's title
    # 益医保发〔2024〕19号: a document number
    D("2024-12-30", "2024-12-30"),
    C("128项", 128, "item"),
    P("约8%", 0.08, qualifier="approx"),            # 平均降幅约8%
    D("2024-12-16", "2024-12-16"),
    # pager 共 236 条记录 每页 10 条 … 1 2 3 4 5 ... 24: the annotator read no counts (call 8); corrected by the maintainer
    # in session 14: a lone space between a number and its classifier is typesetting (set 11's 3,412 家); page numbers nothing
    C("236 条", 236, "item"),
    C("10 条", 10, "item"),
    R("益阳市", YY, in_org=True),                   # 主办
    R("益阳市赫山区", "430903"),                    # address chain; 康富北路12号 nothing; 邮编:413000 a postcode
    PH("0737-4225678"),
    # 湘ICP备18012345号-1, 湘公网安备 43090202000112号, 网站标识码:4309000031: registration numbers (call 1)
    R("益阳", YY, in_org=True),                     # 技术支持:益阳数智科技有限公司
    PH("400-737-0909"),
]

# heldout64-jsonl-2 (html): 邵阳市人民政府 政策文件 list: <li><a>title</a><span>date</span></li>; the visible text runs
# each title into its date (…(2025年修订)2025-05-18).
J2 = [
    R("邵阳市", SY, in_org=True),                   # 邵阳市人民政府门户网站
    D("2025年5月20日", "2025-05-20"),              # the header's date line (call 1)
    R("邵阳市", SY),                                # 邵阳市城乡居民门诊统筹实施细则: a title without 《》: a topic, plain
    D("2025年", "2025"),                            # (2025年修订)
    D("2025-05-18", "2025-05-18"),
    R("武冈市", "430581"),
    R("邵东市", "430582"),
    D("2025-05-06", "2025-05-06"),
    R("邵阳市", SY),                                # 邵阳市职工医保…办法
    D("2025-04-29", "2025-04-29"),                  # …近亲属2025-04-29: 近 belongs to 近亲属 and is no date qualifier
    R("双清区", "430502"),
    R("大祥区", "430503"),
    R("北塔区", "430511"),
    P("5个百分点", 0.05, points=True),
    D("2025-04-15", "2025-04-15"),
    R("新邵县", "430522"),                          # 新邵县医疗救助对象: a topic
    M("3万元", 30000),                              # 提高至3万元: 至 a preposition
    D("2025-04-03", "2025-04-03"),
    D("2025年4月1日起", "2025-04-01", qualifier="from"),
    C("91种", 91, "kind"),
    D("2025-03-21", "2025-03-21"),
    R("邵阳市", SY),                                # 邵阳市生育保险待遇调整
    M("1500元", 1500),
    D("2025-03-10", "2025-03-10"),
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    # 10问: 问 is no classifier, nothing
    D("2025-02-27", "2025-02-27"),
    # pager 共 87 条 第 1/9 页: 87 条 a count (call 8 as corrected in session 14); the page fraction nothing
    C("87 条", 87, "item"),
    R("邵阳市", SY, in_org=True),                   # 主办:邵阳市人民政府办公室
    PH("0739-5321000"),
    # 邮编:422000; 湘ICP备05006789号, 湘公网安备 43050202000077号, 网站标识码:4305000001; 访问量:15873240: nothing
]

# heldout64-jsonl-3 (text): 湘潭市医疗保障局 区县动态 list: [county] tags, titles, MM-DD dates.
J3 = [
    R("湘潭市", XT, in_org=True),                   # breadcrumb head 湘潭市医疗保障局
    R("湘潭县", "430321"),                          # [湘潭县]: a tag naming the county (written with 县: the county)
    # 县医保局: no place
    D("2025年度", "2025"),
    P("97.3%", 0.973),
    # 05-28 and the other MM-DD list dates: no year and not a listed form (earlier sets: MM-DD nothing), call 9
    R("湘乡市", "430381"),                          # [湘乡市]
    R("湘乡市", "430381", in_org=True),             # 湘乡市医保经办大厅: a facility's name
    # “周六不打烊”, 每周六9:00-12:00: a weekday and times, nothing
    R("韶山市", "430382"),                          # [韶山市]
    R("韶山市", "430382"),                          # 韶山市为…老人…: the city as subject, plain
    C("1200余名", 1200, "person", qualifier="min"),
    T("80岁以上", 80, "year", age=True, qualifier="min"),
    R("岳塘区", "430304"),                          # [岳塘区]
    R("岳塘区", "430304"),
    # “五进”: a slogan; 30余场: 场 is not a classifier of the list, nothing
    R("雨湖区", "430302"),                          # [雨湖区]
    R("雨湖区", "430302"),
    M("86.5万元", 865000),
    R("湘潭县", "430321"),                          # [湘潭县]
    DR("2025年1-4月", "2025-01", "2025-04"),
    R("湘潭县", "430321"),
    M("1.2亿元", 120000000),
    # 第1页/共12页: page numbers (页 no classifier)
    C("6条", 6, "item"),                            # 每页6条: number and 条 touch: a count (每 + classifier is no period)
    R("湘潭市", XT, in_org=True),                   # 湘潭市医疗保障局 版权所有
    R("湘潭市岳塘区", "430304"),                    # address chain; 芙蓉中路 (a road, not 长沙's 芙蓉区), 二段11号 nothing
    PH("0731-58581234", city="湘潭市"),             # 0731 is shared: the page's city (heldout call 5)
    # 湘ICP备16005678号: a registration number (call 1)
]

DOCS = {"heldout64-jsonl-1": J1, "heldout64-jsonl-2": J2, "heldout64-jsonl-3": J3}
