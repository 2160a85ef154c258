from gold_lib import *

ZJ, HZ, NB, WZ = "330000", "330100", "330200", "330300"  # 浙江省, 杭州市, 宁波市, 温州市
SPEC = [
    R("浙江省", ZJ),                                # title: a place before a topic
    D("2025年9月", "2025-09"),
    R("浙江省", ZJ, in_org=True),                   # 浙江省卫生健康委员会
    D("2025-10-15", "2025-10-15"),
    D("2025年9月", "2025-09"),
    D("2025年9月1日", "2025-09-01"),                # (2025年9月1日0时至9月30日24时): the hours stand between the dates and
    D("9月30日", "--09-30"),                        # 至, so two dates, no range; 0时, 24时 are times (call 1)
    # 全省: no place
    C("28,356例", 28356, "case"),
    C("12人", 12, "person"),                        # 死亡12人
    # 报告发病率42.87/10万, 死亡率0.02/10万: rates per 100 000 written with a slash, nothing (call 4)
    P("8.3%", 0.083),
    P("12.4%", 0.124),
    # 一、…五、: section numbers; 甲类/乙类/丙类: categories, no counts
    C("9,842例", 9842, "case"),
    C("11人", 11, "person"),
    # 14.88/10万: nothing (call 4); 居前5位: a rank of diseases, not 5 persons (call 5; unlike set 75 call 1)
    P("95.2%", 0.952),
    P("0.42‰", 0.00042),                            # per mille is a percent (set 51 call 1)
    # 同比下降0.6/10万: nothing (call 4)
    C("18,514例", 18514, "case"),
    C("1人", 1, "person"),                          # digit 1 is no lone 一 (set 1 call 13)
    C("15,602例", 15602, "case"),
    C("2,371例", 2371, "case"),
    P("十万分之3.25", 3.25e-05),                    # a word fraction with digits, like 千分之0.05 (set 51 call 1; call 4)
    T("0~5岁", (0, 5), "year", age=True),
    P("86.7%", 0.867),
    R("杭州市", HZ),
    C("6,215例", 6215, "case"),
    R("宁波市", NB),
    C("4,108例", 4108, "case"),
    R("温州市", WZ),
    C("3,926例", 3926, "case"),
    R("杭州市西湖区", "330106"),                    # chains: the district (西湖区 is also 南昌's; 杭州市 decides)
    R("宁波市鄞州区", "330212"),                    # 各区县: no place
    DR("2025年1-9月", "2025-01", "2025-09"),
    C("31.2万例", 312000, "case"),
    C("2.6万例", 26000, "case"),
    P("不低于70%", 0.7, qualifier="min"),
    M("每年3万元", 30000, period="year"),           # 最高支付限额每年3万元: 支付限额 stands between 最高 and the amount
    P("95%以上", 0.95, qualifier="min"),
    P("0.8个百分点", 0.008, points=True),
    # 1,236起: 起 (incidents) is no classifier of the guidelines, nothing (call 5)
    D("2025年10月10日", "2025-10-10"),
    R("浙江省", ZJ),                                # 按浙江省2024年末常住人口
    D("2024年末", "2024", qualifier="approx"),
    # 6670万: a number with 万 and no unit, nothing
    PH("0571-87115123"),
    E("yqbg@zjcdc.example.cn"),
]
