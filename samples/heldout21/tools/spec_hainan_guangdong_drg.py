from gold_lib import *

# 新建的 (新建: a verb here, not 南昌's 新建区): no place.
# A 海南 / 广东 news page on DRG/DIP payment and the prices of CT and MRI, with Cantonese words in a
# quote (街坊, 睇病, 而家, 平咗, 埋单, 唔使, 几多) and a 相关阅读 block of one item.  English abbreviations
# (DRG, DIP, ICU, CT, MRI) are nothing.  琼 / 粤 (琼粤医改观察) are one-character abbreviations;
# 琼州海峡 (a strait) and 南国健康网 name no unit.
HN, HK, SY, DZ = "460000", "460100", "460200", "460400"
GD, GZ, FS, ZJ, SD = "440000", "440100", "440600", "440800", "440606"
SPEC = [
    R("海口", HK),                                  # headline 海口三亚多家医院: two cities side by side (三亚 is not under 海口)
    R("三亚", SY),                                  # 多家: no count
    D("2025-05-20", "2025-05-20"),                  # 08:30 a time
    R("海南省", HN, in_org=True),                   # 海南省医疗保障局
    D("2025年4月底", "2025-04", qualifier="approx"),  # 截至2025年4月底
    C("86家", 86, "institution"),
    P("92.5%", 0.925),
    DR("1-3月", "--01", "--03"),                    # 今年1-3月: 今年 outside (set 6 call 2)
    C("13.6万例", 136000, "case"),
    P("6.8%", 0.068),                               # 次均住院费用: no period
    M("约1.2亿元", 120000000, qualifier="approx"),
    R("海南", HN, in_org=True),                     # 海南医学院第一附属医院; 首批: no number
    C("2800张", 2800, "piece"),                     # 开放床位2800张
    C("120张", 120, "piece"),                       # ICU床位120张
    C("1150名", 1150, "person"),
    C("2300名", 2300, "person"),
    D("3月1日起", "--03-01", qualifier="from"),      # 自今年3月1日起
    M("每次180元", 180, period="time"),              # 收费由每次180元降至120元: two mentions (set 11 call 8)
    M("120元", 120),
    M("每次580元", 580, period="time"),
    M("450元/次", 450, period="time"),               # /次 after the unit (set 6 call 1)
    M("320元/次", 320, period="time"),               # 增强CT为320元/次
    # Cantonese quote: 几多钱 has no number
    R("海口", HK),                                  # 在海口打工
    R("广东湛江", ZJ),                              # a chain, one mention at the city
    R("三亚市", SY, in_org=True),                   # 三亚市人民医院
    C("60张", 60, "piece"),
    C("86名", 86, "person"),
    # 副高以上: a title grade, no number
    C("不少于30名", 30, "person", qualifier="min"),
    P("98%以上", 0.98, qualifier="min"),
    T("8.2天", 8.2, "day"),                         # 由8.2天缩短至7.1天: two mentions
    T("7.1天", 7.1, "day"),
    R("广东", GD),
    R("广州", GZ),
    R("佛山", FS),
    R("湛江", ZJ),
    R("佛山市顺德区", SD),                           # 一家三甲医院: lone 一, a grade
    M("1.86万元", 18600),                           # 每例支付1.86万元: 每 + classifier, 支付 between (set 3 call 4)
    R("广州市", GZ),                                # 广州市某区医保局: an anonymised body, plain (set 5 call 2)
    D("2024年", "2024"),
    C("超过300万例", 3000000, "case", qualifier="min"),
    C("1.2万个", 12000, "item"),
    R("海南", HN, in_org=True),                     # 便民提示:海南医学院第一附属医院24小时服务热线
    T("24小时", 24, "hour"),
    PH("0898-66772310", city="海口市"),              # 0898 covers all of 海南: the hospital is in 海口
    R("三亚市", SY, in_org=True),
    PH("120"),
    R("广东省", GD),                                # 广东省卫生健康咨询: a place before a topic
    PH("12320"),
    Article("related-01"),                          # 相关阅读 = 相关推荐 (set 2 call 2)
    R("海南", HN),                                  # title 海南:今年起…
    R("海口", HK),
    R("三亚", SY),
    R("儋州", DZ),
    P("5个百分点", 0.05, points=True),
    M("3000元", 3000),                              # 提高至3000元
    D("2025-04-28", "2025-04-28", role="pubdate"),  # 医保资讯 2025-04-28
]
