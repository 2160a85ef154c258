from gold_lib import *

CZ, DG, GD, HN = "431000", "441900", "440000", "430000"   # 郴州市, 东莞市, 广东省, 湖南省
YZ = "431022"                                              # 宜章县
SPEC = [
    R("郴州市", CZ, in_org=True),                   # 郴州市人民政府门户网站
    # breadcrumb text, 字号:大 中 小, [打印] [关闭]: nothing
    # 留言编号:CZ20250217-00356: a message number (its 20250217 is no date)
    R("广东", GD),                                  # title 在广东打工: a province alone
    # 留言人:李**: masked name
    D("2025-02-17", "2025-02-17"),                  # 留言时间 …21:36:08: the time is nothing
    R("宜章县", YZ),                                # 我是宜章县人
    R("广东东莞", DG),                              # chain → the city
    T("七八年", (7, 8), "year"),                    # two neighbouring numerals: a range
    T("68岁", 68, "year", age=True),
    M("400块", 400),                                # 每年交400块: 交 stands between 每年 and the amount: no period
    D("1月", "--01"),                               # 今年1月: 今年 is not part of it
    R("郴州市", CZ, in_org=True),                   # 郴州市第一人民医院 (第一 an ordinal in the name)
    T("18天", 18, "day"),                           # 住了18天院
    # 三万六千多: no unit after 多, nothing
    M("2.1万元", 21000),
    M("1.5万元左右", 15000, qualifier="approx"),
    # 1. 2. 3.: question numbers
    R("东莞", DG),                                  # 我在东莞交的医保: a place
    # 降到1.5万: 万 with no 元, not money; 好几次: no number; 12345 占线:
    PH("12345"),
    R("郴州市", CZ, in_org=True),                   # 回复单位
    D("2025-02-21", "2025-02-21"),                  # 回复时间 …15:02:47
    # 一、二、三、: section numbers
    D("2025年", "2025"),                            # 起付标准2025年由…
    M("1.8万元", 18000),
    M("1.5万元", 15000),
    M("1.5万元", 15000),                            # 1.5万元至10万元部分: two amounts (heldout call 4)
    M("10万元", 100000),
    P("60%", 0.6),
    M("10万元以上", 100000, qualifier="min"),
    P("70%", 0.7),
    M("40万元", 400000),                            # 年度最高支付限额40万元: 最高 does not touch
    # “一站式”: no number
    M("1260元", 1260),
    M("2.1万元", 21000),
    P("不低于70%", 0.7, qualifier="min"),
    R("湖南省", HN),                                # 根据湖南省规定: a place (no org); 本省 nothing
    R("广东东莞", DG),
    R("湖南郴州", CZ),
    R("东莞市", DG),                                # 东莞市的政策: a place before a topic
    R("东莞市", DG, in_org=True),                   # 东莞市医保部门: place + office word
    PH("0769-12345678"),                            # 转2号键: an extension key, nothing
    T("3个月以内", 3, "month", qualifier="max"),
    R("宜章县", YZ, in_org=True),                   # 宜章县医疗保障事务中心
    R("宜章县", YZ),                                # 窗口地址:宜章县玉溪镇城南西路16号: the county (玉溪镇 a township, not 玉溪市 of 云南; 16号 nothing)
    PH("0735-3721234"),                             # 8:00-12:00、14:30-17:30: times
    R("郴州市", CZ, in_org=True),                   # signature
    D("2025年2月21日", "2025-02-21"),
    # 满意度评价 (12) (5) (1) (0), 浏览次数:938: counters, nothing
    # 上一条 / 下一条: navigation links (lone 一), nothing
    R("苏仙区", "431003"),                          # 上一条: 苏仙区参保人…: a place before a topic
    R("资兴市", "431081"),                          # 下一条
    R("郴州市", CZ, in_org=True),                   # 主办:郴州市人民政府办公室
    R("郴州市北湖区", "431002"),                    # address chain; 五岭大道1号 nothing; 邮编:423000 a postcode
    PH("0735-2388000"),
    # 湘ICP备05009876号, 湘公网安备 43100202000089号, 网站标识码:4310000004: registration numbers (call 1)
    R("郴州", CZ, in_org=True),                     # 技术支持:郴州天拓网络科技有限公司
    PH("400-999-0735"),
]
