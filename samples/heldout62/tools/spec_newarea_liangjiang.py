from gold_lib import *

CQ = "500000"                                       # 重庆市 (a municipality: province level)
SPEC = [
    R("重庆", CQ, in_org=True),                     # 重庆两江新区社会事务局: the office's name begins with the place;
                                                    # 两江新区 is no division (call 2)
    D("2025年度", "2025"),
    # 各街道办事处、镇人民政府: no places
    R("重庆市", CQ, in_org=True),                   # 重庆市医疗保障局
    R("重庆市", CQ, in_org=True),                   # 国家税务总局重庆市税务局
    # 两江新区直管区: a new area, no division (call 2)
    D("2025年度", "2025"),
    # 新区直管区; 礼嘉/人和/鸳鸯/翠云/康美街道: streets, no places; 大竹林街道: a street (大竹 is 大竹县, 四川: part of a longer name)
    # 金山街道 (金山 is 上海's 金山区) and 复兴街道 (复兴 is 邯郸's 复兴区): streets of 两江新区, no places (call 1)
    # 天宫殿/悦来/水土街道, 龙兴镇, 石船镇: streets and towns, no places
    T("6个月", 6, "month"),                         # 连续居住满6个月: 满 is no qualifier
    R("重庆市", CQ),                                # 重庆市居住证: a place before a document/topic (like 福州市居住证): plain
    # 非本市户籍: 本市 is no place
    R("渝北区", "500112"),
    R("北碚区", "500109"),
    R("江北区", "500105"),                          # 重庆's 江北区, not 宁波's (the article's region)
    D("2025年度", "2025"),
    # 分两档 / 一档 / 二档: tiers, 两 + 档 (no classifier), nothing
    M("每年400元", 400, period="year"),
    M("每年785元", 785, period="year"),
    M("每年不低于670元", 670, period="year", qualifier="min"),
    P("70%", 0.7),                                  # 按一档标准的70%
    DR("2024年9月1日至12月31日", "2024-09-01", "2024-12-31"),
    R("重庆", CQ, in_org=True),                     # “重庆医保”APP
    # “渝快办”: 渝 a one-character abbreviation; 在渝高校: idem
    DR("2025年1月1日至12月31日", "2025-01-01", "2025-12-31"),
    T("3个月以上", 3, "month", qualifier="min"),
    T("不超过3个月", 3, "month", qualifier="max"),
    T("4年", 4, "year"),                            # 满4年后: 4 is no year of 1900-2099; 后 after a duration (like 30日后 → 30日)
    T("1年", 1, "year"),                            # 每多参保1年: digit 1 is no lone 一 (set 1 call 13)
    M("1000元", 1000),                              # 最高支付限额提高1000元
    M("不超过5000元", 5000, qualifier="max"),
    D("2024年10月15日前", "2024-10-15", qualifier="until"),
    D("11月底前", "--11", qualifier="until"),
    # 新区已与重庆经开区、重庆高新区: the city before 经开区/高新区 is a plain place (set 58 call 4)
    R("重庆", CQ),
    R("重庆", CQ),
    R("上海浦东新区", "310115"),                    # a chain: 浦东新区 is a district of 上海
    R("天津滨海新区", "120116"),                    # idem, 滨海新区 of 天津
    PH("023-67881052"),
    PH("12345"),
    R("重庆", CQ, in_org=True),                     # signature
    D("2024年8月20日", "2024-08-20"),
]
