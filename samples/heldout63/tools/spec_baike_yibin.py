from gold_lib import *

SC, YB = "510000", "511500"                         # 四川省, 宜宾市
XZ, NX, CP = "511504", "511503", "511502"           # 叙州区 (宜宾县 until 2018), 南溪区 (南溪县 until 2012), 翠屏区
SPEC = [
    R("宜宾市", YB),                                # the entry's name 宜宾市城乡居民基本医疗保险: a place before a programme
    # 编辑 | 讨论 | 上传视频: chrome, nothing
    R("宜宾市", YB),
    R("四川省宜宾市", YB),                          # a chain: the city; 一项社会医疗保险制度: lone 一
    # 新型农村合作医疗: 合作 is no place
    D("2017年1月1日起", "2017-01-01", qualifier="from"),
    D("2024年底", "2024", qualifier="approx"),      # 截至2024年底: 截至 is a preposition, not part of it
    C("约398.6万人", 3986000, "person", qualifier="approx"),
    P("95%以上", 0.95, qualifier="min"),
    # infobox
    R("宜宾市", YB),                                # 中文名 宜宾市城乡居民基本医疗保险
    R("四川省宜宾市", YB),                          # 实施地区
    D("2017年1月1日", "2017-01-01"),
    R("宜宾市", YB, in_org=True),                   # 宜宾市医疗保障局
    M("每年400元", 400, period="year"),
    D("2025年度", "2025"),
    # 目录 1…6: list numbers
    D("2007年", "2007"),
    R("宜宾县", XZ, renamed_from="宜宾县"),         # former name (former_names.tsv: → 叙州区 511504)
    R("叙州区", XZ),                                # (今叙州区)
    R("南溪县", NX, renamed_from="南溪县"),
    R("南溪区", NX),
    # 合作医疗: 合作 no place
    P("82.3%", 0.823),
    D("2012年", "2012"),
    R("南溪县", NX, renamed_from="南溪县"),
    D("2017年", "2017"),
    D("2018年", "2018"),
    R("宜宾县", XZ, renamed_from="宜宾县"),
    R("叙州区", XZ),
    D("2019年起", "2019", qualifier="from"),
    M("1.2万元", 12000),
    T("18周岁", 18, "year", age=True),              # 未满18周岁: 未满 is not a qualifier
    R("宜宾", YB),                                  # 在宜宾就读
    R("宜宾", YB, in_org=True),                     # 宜宾学院
    R("四川", SC, in_org=True),                     # 四川轻化工大学宜宾校区: both places in the university's name
    R("宜宾", YB, in_org=True),
    # table rows in a 百科 table (pipes): every cell is annotated
    D("2023年度", "2023"),
    M("380元", 380),
    M("640元", 640),
    D("2024年度", "2024"),
    M("400元", 400),
    M("670元", 670),
    D("2025年度", "2025"),
    M("400元", 400),
    M("700元", 700),
    M("200元", 200),
    P("85%", 0.85),
    M("500元", 500),
    P("75%", 0.75),
    M("800元", 800),
    P("60%", 0.6),
    M("1500元", 1500),
    P("50%", 0.5),
    M("18万元", 180000),
    M("400元", 400),                                # 年度限额每人400元: 每 + classifier, no period
    # "两病": no number
    P("50%以上", 0.5, qualifier="min"),
    M("1000元", 1000),                              # 每例1000元: 每 + classifier 例, no period
    R("宜宾市", YB, in_org=True),                   # 宜宾市医疗保障事务中心
    R("宜宾市翠屏区", CP),                          # the address: a chain at the county; 酒都路东段168号 nothing
    PH("0831-8223561"),
    R("四川", SC, in_org=True),                     # "四川医保"APP
    # "天府通办": 天府 is no place
    T("1个工作日", 1, "workday"),                   # 1个工作日内: 内 is not a qualifier; digit 1 is no lone 一
    # 参考资料 [1] [2]: reference numbers
    R("宜宾市", YB, in_org=True),                   # 宜宾市医疗保障局.关于做好…
    D("2025年度", "2025"),
    D("2024-09-12", "2024-09-12", _nb=True),      # after the citation's full stop (通知.2024-09-12): _nb skips the guard
    U("https://ybj.yibin.example.com/zcwj/2024/0912/3815.html"),   # the numbers inside the URL are nothing
    R("四川省", SC, in_org=True),                   # 四川省人民政府 (the author)
    R("四川省", SC, in_org=True),                   # 四川省人民政府关于整合…(an unquoted title beginning with the government's name)
    D("2016-12-20", "2016-12-20", _nb=True),      # idem
    C("18,652次", 18652, "time"),                   # 浏览次数:18,652次: a number and the classifier 次 touch (call 3)
    C("27次", 27, "time"),                          # 编辑次数:27次
    D("2025-03-30", "2025-03-30"),
    Article("related-01"),
    R("宜宾市", YB),                                # related entry title 宜宾市职工基本医疗保险 (a programme)
    R("宜宾市", YB),
    R("宜宾市", YB),
    P("7.5%", 0.075),
    P("2%", 0.02),
    T("25年", 25, "year"),                          # 男满25年: 满 not a qualifier
    T("20年", 20, "year"),
    D("2025-02-14", "2025-02-14", role="pubdate"),  # 百科词条 2025-02-14
    Article("related-02"),
    R("四川省", SC, in_org=True),                   # entry title 四川省医疗保障局
    R("四川省", SC, in_org=True),
    R("四川省", SC, in_org=True),                   # 四川省人民政府直属机构
    D("2018年10月", "2018-10"),
    C("21个", 21, "item"),                          # 21个市(州)医保部门
    D("2024-11-30", "2024-11-30", role="pubdate"),
]
