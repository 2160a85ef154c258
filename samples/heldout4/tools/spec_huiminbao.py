from gold_lib import *

SX = "330600"                                       # 绍兴市
SPEC = [
    # 越惠保2025: a product name; 2025 without 年 is no date (like 2025湖南).  越 is no place in the gazetteer
    R("绍兴市", SX),                                # …| 绍兴市城市定制型商业补充医疗保险: a description, not in_org
    # breadcrumb 首页 > 产品中心 > 越惠保2025: nothing
    R("绍兴市", SX, in_org=True),                   # 绍兴市医疗保障局
    R("绍兴市", SX, in_org=True),                   # 中国人民财产保险股份有限公司绍兴市分公司 (中国: no gazetteer unit)
    R("绍兴", SX, in_org=True),                     # …绍兴中心支公司
    C("4家", 4, "institution"),                     # 中国太平洋…: 太平 is no place here (太平区 is 阜新's)
    # (惠民保): 惠民 is a word here, not 惠民县
    M("每年59元", 59, period="year"),               # 保费:每人每年59元
    M("最高300万元", 3000000, qualifier="max"),
    T("0—100周岁", (0, 100), "year", age=True),     # 投保年龄:0—100周岁 (an age range, set 3 call 9)
    T("30天", 30, "day"),
    DR("2024年11月1日—2025年1月31日", "2024-11-01", "2025-01-31"),
    DR("2025年1月1日至2025年12月31日", "2025-01-01", "2025-12-31"),
    # 一、二、三、: list numbers
    M("2万元", 20000),                              # 免赔额2万元: 免赔额 is a noun, no qualifier
    P("70%", 0.7),                                  # 70%—80%: two % signs, two mentions
    P("80%", 0.8),
    M("最高100万元", 1000000, qualifier="max"),
    M("2万元", 20000),
    P("70%", 0.7),
    M("最高100万元", 1000000, qualifier="max"),
    C("40种", 40, "kind"),
    M("2万元", 20000),
    P("60%", 0.6),
    M("最高100万元", 1000000, qualifier="max"),
    C("5类", 5, "kind"),                            # 5类既往症
    P("30%", 0.3),
    T("2年", 2, "year"),                            # 满2年 (满 is no qualifier)
    M("1000元", 1000),                              # 免赔额每年降低1000元: 降低 stands between 每年 and the amount (no period)
    M("1.5万元", 15000),                            # 最低降至1.5万元: 降至 stands between 最低 and the amount (no qualifier)
    # 1. 2. 3. 4.: list numbers
    R("绍兴市", SX),                                # 绍兴市基本医疗保险参保人员: a topic
    R("越城区", "330602"),
    R("柯桥区", "330603"),
    R("上虞区", "330604"),
    R("诸暨市", "330681"),
    R("嵊州市", "330683"),
    R("新昌县", "330624"),
    T("30天", 30, "day"),                           # 等待期30天
    C("1份", 1, "piece"),                           # 每人每年限购1份: digit 1, not a lone 一; 每年 is a period word for money only
    T("10个工作日", 10, "workday"),                 # 10个工作日内
    M("10万元以上", 100000, qualifier="min"),
    T("5个工作日", 5, "workday"),
    D("2024年12月20日", "2024-12-20"),              # 截至…
    C("286.5万人", 2865000, "person"),
    P("约62%", 0.62, qualifier="approx"),
    D("2024年度", "2024"),
    C("3.86万人次", 38600, "person"),
    M("2.97亿元", 297000000),
    M("7690元", 7690),                              # 人均赔付7690元: 人均 is no period word
    M("112.4万元", 1124000),                        # 最高单人赔付112.4万元: 最高 does not touch
    PH("400-885-0571"),                             # toll-free; its last group looks like 杭州's area code, but it is no area code
    # 8:30-17:30: times
    E("lipei@yuehuibao.example.com"),
    PH("95518"),
    PH("95500"),
    R("绍兴", SX, in_org=True),                     # 公众号"绍兴越惠保"
    R("绍兴", SX, in_org=True),                     # "绍兴医保"
    R("绍兴市", SX, in_org=True),                   # 绍兴市医疗保障局指导
    # 《越惠保2025保险条款》: 2025 without 年 is no date
]
