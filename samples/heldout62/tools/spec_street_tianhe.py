from gold_lib import *

GZ, TH = "440100", "440106"                         # 广州市, 天河区
SPEC = [
    R("广州市天河区", TH, in_org=True),             # 广州市天河区石牌街道社区卫生服务中心: a chain beginning the centre's name;
                                                    # 石牌街道 (a street) is no place
    D("2025年3月18日", "2025-03-18"),               # 更新时间; 浏览次数:1386 a counter; 【打印】【关闭】 chrome
    R("广州市天河区", TH),                          # address 广州市天河区石牌东路118号: the chain only (set 1 call 18); 石牌东路 a road
    # 地铁3号线: a line number (like a road number); 石牌桥站: a station; 邮编510630: a postcode
    # 石牌街道辖区: a street; 华师社区, 暨大社区: communities, no places
    # 龙口西社区 (龙口 is 龙口市, 山东), 南山社区 (南山区), 凤凰社区 (凤凰县): communities, no places (call 1)
    # 逸景社区: a community
    C("16个", 16, "item"),
    C("约12.6万人", 126000, "person", qualifier="approx"),
    # 五山街道, 沙河街道 (沙河市), 长兴街道 (长兴县, 浙江), 凤凰街道 (凤凰县), 新塘街道: streets of 天河区, no places (call 1)
    # 一、二、三、 and 1. 2. 3.: section and list numbers
    C("23个", 23, "item"),                          # 家庭医生团队23个
    D("2024年", "2024"),
    C("4.1万人", 41000, "person"),
    P("78.5%", 0.785),
    M("每年120元", 120, period="year"),             # 每人每年120元
    M("70元", 70),
    T("65岁以上", 65, "year", age=True, qualifier="min"),
    # 每年可免费体检1次: 每年 does not touch a mention that takes a period (a count)
    C("1次", 1, "time"),                            # digit 1, no lone 一
    T("12周", 12, "week"),                          # 单次最长12周用量: 最长 is not on the qualifier list; 单次 (单 + 次) nothing
    P("70%", 0.7),
    P("80%", 0.8),
    M("5000元", 5000),                              # 年度最高支付限额为5000元: 为 between
    P("55%", 0.55),
    M("800元", 800),                                # 年度限额800元
    P("30%", 0.3),
    R("广州市", GZ),                                # 在广州市外就医: plain
    # “穗好办”APP: 穗 a one-character abbreviation; “粤医保”: 粤 idem
    T("6个月", 6, "month"),
    R("天河区", TH),                                # 在天河区以外: plain (以外 not part of it)
    R("广州", GZ, in_org=True),                     # “广州医保”公众号: an account
    D("次月1日起", "---01", relative_to="next_month", qualifier="from"),
    PH("020-85221736"),
    PH("85221737", inferred_code="020"),            # a local 8-digit number completed from the article's region (广州)
    R("广州市", GZ),                                # 广州市医保服务热线: a place before a service (like 南县新农合医保电话): plain
    PH("12345"),
    E("spjdyb@example.com"),
    # 周一至周日8:00-17:30: times of day
]
