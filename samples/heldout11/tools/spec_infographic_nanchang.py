from gold_lib import *

NC = "360100"                                       # 南昌市 (江西省)
SPEC = [
    # 一图读懂: nothing
    D("2025年度", "2025"),
    R("南昌市", NC),                                # 2025年度南昌市城乡居民基本医疗保险参保缴费: a place before a topic
    R("南昌市", NC, in_org=True),                   # 南昌市医疗保障局 制
    D("2024-09-20", "2024-09-20"),
    # ★ 缴费时间 / ● 集中缴费期: markers, nothing
    D("2024年9月1日", "2024-09-01"),                # the two dates stand on their own lines with → between:
    D("2024年12月31日", "2024-12-31"),              # → is no range mark (至|到|-|~) and a line break separates them: two dates
    D("2025年1月1日", "2025-01-01"),
    D("2025年12月31日", "2025-12-31"),
    # 每人每年 / 400元 on separate lines: the period word does not touch (set 5's 每月定额划入 / 110元)
    M("400元", 400),
    # 每人每年不低于 / 670元: neither the period word nor 不低于 touches the amount across the line break
    M("670元", 670),
    R("南昌市", NC),                                # 南昌市户籍居民: a place before a topic
    R("南昌市", NC),                                # 持有南昌市居住证 (guidelines: 福州市居住证); 非本市: 本市 no place
    # 在昌大中专院校学生: 昌, a one-character abbreviation, no place
    T("90天", 90, "day"),                           # 新生儿出生 / 90天内: 内 is outside
    # 50% / 500元 after 报销比例 / 年度限额 on the line before
    P("50%", 0.5),
    M("500元", 500),
    # “两病”: no count
    M("360元", 360),                                # 高血压 → 每年 / 360元: 每年 on the line before, no period
    M("600元", 600),
    # 起付线: hospital levels (乡镇卫生院, 县级医院 …) are no mentions
    M("100元", 100),
    M("400元", 400),
    M("600元", 600),
    M("800元", 800),
    P("90%", 0.9),
    P("80%", 0.8),
    P("70%", 0.7),
    P("60%", 0.6),
    M("20万元", 200000),                            # 年度最高支付限额 / 20万元: 最高 does not touch
    M("1.8万元", 18000),
    M("1.8万元", 18000),                            # 1.8万元至10万元部分: two amounts with two units (set 1 call 4)
    M("10万元", 100000),
    P("60%", 0.6),
    M("10万元以上", 100000, qualifier="min"),
    P("70%", 0.7),
    P("50%", 0.5),                                  # 起付线降低 / 50%
    P("5个百分点", 0.05, points=True),              # 报销比例提高 / 5个百分点
    T("3个月", 3, "month"),                         # 缴费之日起 / 3个月 / 为等待期: 之日起 has no date
    T("4年", 4, "year"),                            # 连续参保满 / 4年 / 后: 满 outside
    T("1年", 1, "year"),                            # 每多参保1年: digit 1 is no lone 一 (set 1 call 13)
    M("1万元", 10000),                              # …提高 / 1万元
    # “赣服通”APP: 赣 one character, no place
    R("江西", "360000", in_org=True),               # “江西税务”微信公众号: an account
    # 中国银行: no place
    R("江西", "360000", in_org=True),               # 江西银行: a bank (guidelines: 长沙银行)
    # 市医保服务热线: 市 alone, no place
    PH("0791-86118123"),
    PH("12393"),
    PH("12345"),
    # 温馨提示 → 全市已有 / 1,386家: the count is on its own line
    C("1,386家", 1386, "institution"),
    R("东湖区", "360102"),
    R("西湖区", "360103"),                          # 南昌's 西湖区 (杭州 has one too): the article's city decides
    R("青山湖区", "360111"),
    R("新建区", "360112"),
    R("红谷滩区", "360113"),
    R("南昌县", "360121"),                          # written with 县: the county, not the city
    R("进贤县", "360124"),
    R("安义县", "360123"),
]
