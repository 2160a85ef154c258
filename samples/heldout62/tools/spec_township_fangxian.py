from gold_lib import *

FX, SY = "420325", "420300"                         # 房县, 十堰市
SPEC = [
    R("房县", FX, in_org=True),                     # 房县土城镇中心卫生院: the county begins the clinic's name (sets 5, 13, 17);
                                                    # 土城镇 (a town) is no place
    D("2025年度", "2025"),
    D("2025-01-06", "2025-01-06"),                  # 发布时间
    # 来源:土城镇中心卫生院: a town's clinic, no place; 浏览:862 a counter
    R("十堰市", SY, in_title=True),                 # 《十堰市城乡居民基本医疗保险实施办法》
    R("房县", FX, in_org=True),                     # 房县医疗保障局
    # 一、二、… and 1. 2. 3. 4.: section and list numbers
    # 土城镇所辖: a town, no place
    C("18个", 18, "item"),                          # 18个村(社区)
    # 城关镇 (城关 is the short name of 拉萨's and 兰州's 城关区), 红塔镇 (红塔 is 玉溪's 红塔区), 军店镇: townships, no places
    # (call 1: part of a longer name, and townships are no places)
    # 沙河乡 (沙河市, 河北), 五台乡 (五台县, 山西): townships, no places (call 1)
    # 永清村 (永清县), 新华村 (新华区), 安定村 (安定区): villages, no places (call 1)
    D("2025年3月底前", "2025-03", qualifier="until"),
    M("200元", 200),
    P("90%", 0.9),
    M("500元", 500),
    P("80%", 0.8),
    M("50元", 50),                                  # 每次限额50元: 限额 stands between 每次 and the amount: no period
    P("60%", 0.6),
    M("400元", 400),                                # 年度最高支付400元: 支付 between 最高 and the amount
    # “两病”: 两 + 病 (no classifier), nothing
    P("50%", 0.5),
    M("300元", 300),                                # 年度限额300元
    R("十堰市", SY),                                # 到十堰市外就医: a plain place (外 not in the span)
    P("10个百分点", 0.1, points=True),
    D("2025年度", "2025"),
    DR("2024年9月1日至2025年2月28日", "2024-09-01", "2025-02-28"),
    M("每年400元", 400, period="year"),             # 每人每年400元: 每人 is no period word
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    T("90天", 90, "day"),                           # 90天内: 内 is not on the qualifier list
    C("2个", 2, "item"),                            # 医保服务窗口2个
    C("5名", 5, "person"),
    # 周一至周五 8:00-12:00、14:30-17:30: times of day
    PH("0719-3221568", city="十堰市"),              # 0719 is 十堰's and 神农架's: the article's region is 十堰
    PH("12345"),
    E("tuchengwsy@example.com"),
    # 邮编442116: a postcode
    R("房县", FX, in_org=True),                     # signature 房县土城镇中心卫生院
    D("2025年1月6日", "2025-01-06"),
]
