from gold_lib import *

WF, SD = "370700", "370000"                        # 潍坊市, 山东省
SPEC = [
    R("潍坊市", WF, in_org=True),                   # 潍坊市医疗保障局文件 (red header)
    # 潍医保发〔2023〕15号: document number (潍: one-character abbreviation)
    R("潍坊市", WF, in_org=True), R("潍坊市", WF, in_org=True),
    R("潍坊市", WF, in_title=True),                 # 《潍坊市城乡居民大病保险实施⏎细则》: the line break is inside
                                                    # the title, not inside the name
    R("潍坊市", WF, in_title=True),
    R("潍坊市", WF, in_org=True), R("潍坊市", WF, in_org=True),   # signature
    D("2023年12月20日", "2023-12-20"),
    # — 1 — … — 4 —: page footers, nothing.  第一章, 第一条 …: chapter and article numbers
    R("潍坊市", WF),                                # heading of the attached rules (no 《》): a topic
    R("山东省", SD, in_org=True, in_title=True),    # 《山东省⏎医疗保障局 山东省财政厅关于…通知》
    R("山东省", SD, in_org=True, in_title=True),
    # 鲁医保发〔2023〕31号: document number
    D("2023年", "2023"),
    C("726.4万人", 7264000, "person"),
    R("青州市", "370781"), R("诸城市", "370782"), R("寿光市", "370783"), R("高密市", "370785"),
    C("60万人以上", 600000, "person", qualifier="min"),
    T("3年", 3, "year"),                            # 合同期限原则上为3年
    M("每年65元", 65, period="year"),               # 每人每年65元
    P("不超过5%", 0.05, qualifier="max"),
    # 按照7:3的比例: a ratio (looks like a time), nothing
    # 一个自然年度: lone 一
    M("1.5万元", 15000),                            # 起付线为1.5万元
    # the flattened table of bands
    M("0-5万元", (0, 50000)),                       # 0-5万元(含): one unit, one range mention; (含) is not part of it
    P("60%", 0.6),
    M("5万-10万元", (50000, 100000)),
    P("70%", 0.7),
    M("10万元以上", 100000, qualifier="min"),
    P("80%", 0.8),
    M("40万元", 400000),                            # 年度最高支付限额40万元: 最高 does not touch it
    P("50%", 0.5),
    M("7500元", 7500),
    P("5个百分点", 0.05, points=True),
    R("山东省", SD),                                # 到山东省外就医: a place, not in_org
    # 本细则第七条: article number
    R("济南", "370100"), R("青岛", "370200"),
    P("10个百分点", 0.1, points=True),
    C("12个", 12, "item"),                          # 12个县市区
    C("80名以上", 80, "person", qualifier="min"),
    # “一站式”: lone 一
    T("20个工作日", 20, "workday"),
    D("2022年度", "2022"),
    C("4.6万人次", 46000, "person"),
    M("3.12亿元", 312000000),
    P("约12个百分点", 0.12, points=True, qualifier="approx"),
    PH("0536-8099123"),
    PH("12393"),
    U("www.wfyb.example.gov.cn"),
    E("wfdbbx@163.com"),                            # 163 inside an e-mail address: nothing else
    R("潍坊市", WF, in_org=True),                   # 由潍坊市医疗保障局负责解释
    D("2024年1月1日起", "2024-01-01", qualifier="from"),
    D("2028年12月31日", "2028-12-31"),              # 有效期至⏎2028年12月31日: 至 is a preposition (a date, not a range)
    D("2021年3月", "2021-03"),                      # 2021年3月印发的: 印发 is no qualifier
    R("潍坊市", WF, in_title=True),                 # 《潍坊市城乡居民大病保险实施办法》
    # 潍医保发〔2021〕6号: document number
    # 抄送 line: every unit before the shared 人民政府 names a government, so all are in_org
    R("山东省", SD, in_org=True),
    R("潍坊市", WF, in_org=True),
    R("奎文区", "370705", in_org=True), R("潍城区", "370702", in_org=True),
    R("寒亭区", "370703", in_org=True), R("坊子区", "370704", in_org=True),
    R("昌乐县", "370725", in_org=True), R("临朐县", "370724", in_org=True),
    R("潍坊市", WF, in_org=True),                   # 潍坊市医疗保障局办公室
    D("2023年12月20日", "2023-12-20"),              # …印发
]
