from gold_lib import *

CS, HN = "430100", "430000"                         # 长沙市, 湖南省
SPEC = [
    D("2025年3月12日", "2025-03-12"),              # top bar 今天是…: the page's own date line (call 1); 星期三 nothing
    R("长沙市", CS, in_org=True),                   # logo 长沙市医疗保障局 政府信息公开
    # 索引号 430100-01-2025-000123: an index number (its 430100 and 2025 are no code and no date), nothing
    R("长沙市", CS, in_org=True),                   # 发布机构:长沙市医疗保障局
    D("2025-03-10", "2025-03-10"),                  # 生成日期
    R("长沙市", CS, in_org=True),                   # 名称: the notice's title without 《》: the bureau's name, in_org only
    D("2025年", "2025"),                            # 做好2025年门诊慢特病
    # 文号 长医保发〔2025〕7号: a document number, nothing
    R("长沙市", CS, in_org=True),                   # <h1> title
    D("2025年", "2025"),
    D("2025-03-12", "2025-03-12"),                  # 发布时间 with seconds: the time 09:30:15 is nothing
    R("长沙市", CS, in_org=True),                   # 来源
    # 访问量:3268: a counter; 字号 大 中 小: font-size links, nothing
    R("湖南省", HN, in_org=True, in_title=True),    # 《湖南省医疗保障局关于…》 (heldout call 6)
    # 湘医保发〔2023〕21号: document number; 湘 one-character abbreviation
    C("39种", 39, "kind"),
    C("3种", 3, "kind"),
    R("长沙市", CS),                                # 长沙市内: a place (内 is not part of it), no org
    C("142家", 142, "institution"),
    D("2025年", "2025"),                            # 2025年全年受理
    DR("每月1日至25日", "---01", "---25", recurring="monthly"),
    D("次月10日前", "---10", relative_to="next_month", qualifier="until"),
    D("2025年3月31日前", "2025-03-31", qualifier="until"),
    D("2025年12月31日", "2025-12-31"),              # 延续至…: 至 a preposition, a single date (heldout call 15)
    # 一级/二级/三级医疗机构: levels, nothing
    P("85%", 0.85),
    P("80%", 0.8),
    P("75%", 0.75),
    P("60%", 0.6),
    # 高血压(II级) (Ⅱ级 before NFKC): a disease grade, nothing
    M("每年1800元", 1800, period="year"),
    M("每年2400元", 2400, period="year"),
    M("最高8万元", 80000, qualifier="max"),
    M("每年200元", 200, period="year"),
    P("5个百分点", 0.05, points=True),
    # “湘医保”APP: 湘 is a one-character abbreviation, nothing
    R("长沙", CS, in_org=True),                     # “长沙医保”微信公众号: an account
    T("近6个月", 6, "month", qualifier="approx"),   # 近 (shared list, before) touches; 内 is not a qualifier (call 2)
    T("15个工作日", 15, "workday"),
    T("65周岁", 65, "year", age=True),              # 年满65周岁: 满 not on the list
    C("1名", 1, "person"),                          # digit 1, not a lone 一 (heldout call 13)
    R("望城区", "430112", in_org=True),             # coordinated addressees: 望城区、长沙县、浏阳市、宁乡市医疗保障局 (all in_org)
    R("长沙县", "430121", in_org=True),
    R("浏阳市", "430181", in_org=True),
    R("宁乡市", "430182", in_org=True),
    D("2025年4月15日前", "2025-04-15", qualifier="until"),
    PH("0731-88665432", city="长沙市"),             # 0731 is shared: the article's city (heldout call 5)
    E("csybdy@example.gov.cn"),
    # 附件:1.: a list number
    R("长沙市", CS),                                # 长沙市门诊慢特病病种目录: a catalogue's name without 《》: a topic, plain
    D("2025年", "2025"),                            # (2025年版): a year with 年 is a date
    R("长沙市", CS, in_org=True),                   # signature
    D("2025年3月10日", "2025-03-10"),
    # 分享到 / QQ空间: nothing
    # 相关链接: 国家医疗保障局 (国家: no place)
    R("湖南省", HN, in_org=True),
    R("长沙市", CS, in_org=True),                   # 长沙市人民政府
    R("株洲市", "430200", in_org=True),
    R("湘潭市", "430300", in_org=True),
    R("长沙市", CS, in_org=True),                   # 主办:长沙市医疗保障局
    R("长沙市", CS, in_org=True),                   # 承办:长沙市医疗保障事务中心
    R("长沙市岳麓区", "430104"),                    # address chain; 岳麓大道 (a road named after 岳麓), 218号, 市政府 nothing
    # 邮编:410013: a postcode
    PH("0731-88669000", city="长沙市"),             # footer 联系电话: a phone wherever it stands (call 1); 8:30-12:00,14:30-17:30 times
    # 网站地图 | 联系我们: links
    # 湘ICP备12345678号-1, 湘公网安备 43010202001234号, 网站标识码:4301000012: registration numbers, nothing (call 1)
    R("湖南", HN, in_org=True),                     # 技术支持:湖南星网信息技术有限公司
    PH("400-836-1234"),                             # the contractor's 400 line: toll_free (call 1)
    # 版权所有 © 2019-2025: bare years with no 年, nothing
    R("长沙市", CS, in_org=True),
]
