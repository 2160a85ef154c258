from gold_lib import *

SX, YC, KQ, SY = "330600", "330602", "330603", "330604"   # 绍兴市, 越城区, 柯桥区, 上虞区
ZJ, XH = "330000", "330106"                               # 浙江省, 西湖区 (杭州市)
SPEC = [
    R("绍兴市", SX, in_org=True),                   # title: 绍兴市医疗保障局…项目 (the buyer's name)
    D("2025-03-04", "2025-03-04"),                  # 发布时间 (a plain date; 16:30 a time of day, nothing)
    R("浙江", ZJ, in_org=True),                     # 来源:浙江政府采购网 (a site's name); 浏览次数:862 a counter
    R("绍兴市", SX, in_org=True),                   # 项目概况: 绍兴市医疗保障局…
    # 政采云: no place
    D("2025年3月26日", "2025-03-26"),              # 于2025年3月26日9:30前: the time stands between the date and 前,
                                                    # so 前 does not touch: no qualifier (judgement call 1). A draft had
                                                    # 9:30(北京时间): 北京 in the name of a time standard was dropped (call 5)
    # 项目编号:ZJ-2025-0317 and 采购计划备案号:SXCG-2025-00286: tender numbers (guidelines: not phones;
    # no date either: 2025 has no 年, and 0317 is no month-day)
    R("绍兴市", SX, in_org=True),                   # 项目名称: 绍兴市医疗保障局…
    M("1,280,000.00元", 1280000),                   # 预算金额
    M("1,250,000.00元", 1250000),                   # 最高限价:1,250,000.00元: 最高限价 is a field name, the colon
                                                    # stands between (限价 is not on the list; 最高 does not touch)
    # 市本级: no place
    R("越城区", YC),
    R("柯桥区", KQ),
    R("上虞区", SY),                                # 越城区、柯桥区、上虞区医保经办机构: 经办机构 is a generic
                                                    # description, not a proper name (not in_org)
    C("3个", 3, "item"),
    C("126台", 126, "piece"),
    C("48家", 48, "institution"),
    T("不超过30分钟", 30, "minute", qualifier="max"),
    T("不超过2小时", 2, "hour", qualifier="max"),
    P("不低于99.9%", 0.999, qualifier="min"),
    # 第三章: an ordinal
    T("12个月", 12, "month"),
    D("2025年5月1日起", "2025-05-01", qualifier="from"),
    # 1. 2. 3.: list numbers; 《中华人民共和国政府采购法》第二十二条: an article number; 中华人民共和国 is no
    # unit of divisions.tsv, and 共和 inside it (青海's 共和县) is part of a longer name: no place
    P("10%", 0.1),
    D("2022年1月1日以来", "2022-01-01", qualifier="from"),
    C("至少2个", 2, "item", qualifier="min"),       # 至少 is on the shared list; 地市级 is no place
    T("5年以上", 5, "year", qualifier="min"),
    # 获取招标文件 时间:2025年3月5日9:00至2025年3月12日17:00 — times of day sit between each date and 至, so
    # the range mark does not join two dates: two plain dates, the times nothing (judgement call 1)
    D("2025年3月5日", "2025-03-05"),
    D("2025年3月12日", "2025-03-12"),
    U("https://www.zcygov.example.cn"),
    M("0元", 0),                                    # 售价:0元
    D("2025年3月26日", "2025-03-26"),              # 截止时间:2025年3月26日9:30
    D("2025年3月26日", "2025-03-26"),              # 开标时间:2025年3月26日9:30
    R("绍兴市", SX, in_org=True),                   # 绍兴市公共资源交易中心 (a facility's name; 资源 a common word);
                                                    # 3楼 (楼 is no classifier), 第2开标室 (an ordinal): nothing
    R("绍兴市越城区", YC),                          # address chain; 洋江西路505号: a road and a house number
                                                    # (江西 inside the road's name: part of a longer name, no place)
    T("5个工作日", 5, "workday"),                   # 自本公告发布之日起5个工作日
    P("2%", 0.02),                                  # 中标金额的2%
    T("1年", 1, "year"),                            # digit 1, not the lone 一
    C("不少于3名", 3, "person", qualifier="min"),
    R("绍兴市", SX, in_org=True),                   # 名称:绍兴市医疗保障局
    R("绍兴市越城区", YC),                          # 地址; 凤林西路300号 a road and a house number (林西, 内蒙古's
                                                    # 林西县, inside the road's name: no place)
    PH("0575-85126347"),
    PH("13857512368"),
    R("浙江", ZJ, in_org=True),                     # 浙江越信工程咨询有限公司 (越信: no place)
    R("杭州市西湖区", XH),                          # 文三路259号, 1号楼, 11层: no mentions (号/层 no classifiers)
    # 邮编:310012: a postcode
    PH("0571-87961254"),
    PH("15925612987"),
    PH("0571-87961255"),                            # 传真: a fax is a fixed line (set 16 call 2)
    E("yuexin_zb@example.com"),
    PH("0571-87961254"),
]
