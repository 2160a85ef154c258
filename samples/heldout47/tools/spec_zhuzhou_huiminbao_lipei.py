from gold_lib import *

ZZ = "430200"                                       # 株洲市
SPEC = [
    R("株洲", ZZ, in_org=True),                     # 株洲惠民保: a product's name (set 44 call 6: 武汉惠民保)
    # 惠民 (惠民县, 山东) inside 惠民保: a word (benefit-the-people), nothing
    # (2025版): a bare year in a product version, nothing
    # 案件号 ZZHMB2025081900467: a claim number (2025-08-19 inside it is no date)
    # 保单号 8043 0200 2025 0001 2876: a policy number in groups of four, no phone (call 10)
    # 证件号码 430203********2417 (masked ID), 联系电话 139****6082 (a masked mobile: no phone, set 5 call 11)
    D("2025年8月19日", "2025-08-19"),               # 申请日期
    D("2025年8月20日", "2025-08-20"),               # 受理日期
    D("2025年9月3日", "2025-09-03"),                # 结案日期
    R("株洲", ZZ, in_org=True),                     # 鼎安财产保险股份有限公司株洲中心支公司: the branch's name
    D("2025年8月19日", "2025-08-19"),
    D("2025年6月9日", "2025-06-09"),                # 出险日期
    # 中南大学湘雅医院: 中南 and 湘雅 are no places
    DR("2025年6月9日至7月4日", "2025-06-09", "2025-07-04"),   # 住院期间
    # 一、…四、 section numbers, 1./2./3. list numbers
    M("186,420.35元", 186420.35),
    M("98,763.20元", 98763.2),
    M("31,250.00元", 31250),
    M("38,406.15元", 38406.15),
    M("18,001.00元", 18001),
    M("0.00元", 0),                                 # 不合理费用 0.00元 (call 2)
    M("2万元", 20000),                              # 年度免赔额2万元
    P("80%", 0.8),
    # (38,406.15-20,000)×80%: bare operands (no unit; the pair joined by - is no range), set 20
    P("80%", 0.8),
    M("14,724.92元", 14724.92),
    # 不设免赔额: no number
    P("70%", 0.7),
    # 18,001.00×70%: a bare operand
    P("70%", 0.7),
    M("12,600.70元", 12600.7),
    C("5类", 5, "kind"),                            # 恶性肿瘤等5类既往症
    P("40%", 0.4),                                  # 减半为40%
    M("27,325.62元", 27325.62),                     # 理赔金额合计 (合计 is no qualifier)
    M("贰万柒仟叁佰贰拾伍元陆角贰分", 27325.62),    # 大写: financial numerals; 角 and 分 continue the amount (call 5)
    T("5个工作日", 5, "workday"),                   # 结案后5个工作日内
    R("株洲", ZZ, in_org=True),                     # 中国建设银行株洲分行: a bank's branch
    # 账号尾号6218: the last digits of an account, nothing
    M("27,325.62元", 27325.62),                     # 累计已赔付
    M("不超过150万元", 1500000, qualifier="max"),
    M("不超过100万元", 1000000, qualifier="max"),
    DR("2025年1月1日至2025年12月31日", "2025-01-01", "2025-12-31"),
    # 等待期:无: no number
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    T("30日", 30, "day"),                           # 收到本通知之日起30日内
    # 本通知书编号 TZ-2025-0903-0112: a document number (no date, no phone)
    PH("400-867-1235"),
    # (每天8:00-20:00): 每天 with times, nothing
    R("株洲市", ZZ, in_org=True),                   # 株洲市医疗保障局
    PH("0731-28831256", city="株洲市"),             # 0731 shared: 株洲市 from the page
    U("https://www.zzhmb.example.com"),
    E("lipei@zzhmb.example.com"),
    R("株洲", ZZ, in_org=True),                     # signature: 鼎安财产保险股份有限公司株洲中心支公司
    D("2025年9月3日", "2025-09-03"),
]
