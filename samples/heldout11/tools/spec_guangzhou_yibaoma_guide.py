from gold_lib import *

GZ = "440100"                                       # 广州市 (广东省)
SPEC = [
    R("广州", GZ),                                  # 广州医保电子凭证(医保码)使用指南: a topic
    R("广州市", GZ, in_org=True),                   # 发布机构:广州市医疗保障局
    D("2025年3月12日", "2025-03-12"),
    # 访问量:28614: a counter with no unit
    # 一、…六、: list numbers; 全国范围: 全国 no place; 国家医保信息平台: no place
    D("2025年2月底", "2025-02", qualifier="approx"),  # 截至 outside
    R("广州市", GZ),                                # 广州市已有…: the subject, no org
    C("1,860万人", 18600000, "person"),
    P("91.5%", 0.915),                              # 激活率达91.5%
    # 全市: no place
    C("11个", 11, "item"),                          # 全市11个区 (set 1's 16个市 → 16个)
    C("超过1.2万家", 12000, "institution", qualifier="min"),
    D("2024年", "2024"),                            # 2024年全年: 全年 no number
    C("1.36亿人次", 136000000, "person"),
    # 第一步 … 第四步: ordinals
    R("广州", GZ, in_org=True),                     # “广州医保”公众号: an account
    # “穗好办”APP: 穗 is a one-character abbreviation of 广州, no place
    T("约1分钟", 1, "minute", qualifier="approx"),  # 整个过程约1分钟: digit 1, no lone 一
    # 6位数字密码: judgement call 3 — 位 counts persons in the guidelines (unit person); here it gives the length
    # of a password in digits, which is no person, no item and no quantity the text counts: no count
    C("最多5人", 5, "person", qualifier="max"),     # (最多5人): 最多 is on the shared list
    T("16周岁以下", 16, "year", age=True, qualifier="max"),
    # 1. 2. 3. 4.: list numbers before 就医购药/查询信息/异地就医/办理业务; 每次展示: 每次 before no amount (period words
    # are for money), no count
    T("60秒", 60, "second"),                        # 二维码有效期60秒
    T("3分钟", 3, "minute"),                        # 由3分钟缩短至30秒: a change, two durations
    T("30秒", 30, "second"),
    T("60周岁以上", 60, "year", age=True, qualifier="min"),
    D("2023年以来", "2023", qualifier="from"),
    R("广东省", "440000"),                          # 在广东省内: 内 outside (guidelines: 省内 alone is no place); 跨省 none
    C("21项", 21, "item"),
    T("3个工作日", 3, "workday"),                   # 3个工作日内: 内 outside
    C("5次", 5, "time"),                            # 连续输错5次
    T("24小时", 24, "hour"),
    T("30天", 30, "day"),                           # 30天内: 内 outside
    # 五、服务网点(工作日9:00-12:00、14:00-17:30): times of day, no mentions
    R("越秀区", "440104", in_org=True),             # 越秀区医保服务中心
    R("越秀区", "440104"),                          # address: the district, plain; 东风中路318号 a road and house number (东风 inside it: no place)
    R("天河区", "440106", in_org=True),
    R("天河区", "440106"),                          # 天河北路89号: 天河 and 河北 inside a road's name, no places
    R("白云区", "440111", in_org=True),             # 广州's 白云区 (贵阳 has one too): the article's city decides
    R("白云区", "440111"),                          # 机场路1962号: a house number, not a year (no 年)
    R("番禺区", "440113", in_org=True),
    R("番禺区", "440113"),                          # 市桥街 (a street), 清河东路1号 (清河, 河东 inside a road's name): no places
    PH("12393"),                                    # (人工服务时间为每天8:00-20:00): times
    R("广州市", GZ, in_org=True),                   # 广州市医疗保障局服务电话
    PH("020-83338912"),
    # 中国移动客服热线10086: judgement call 2 — a short service number of a mobile operator, as written, kind
    # service (the guidelines' list of service numbers gives examples; 10086 is the same kind of number)
    m("phone", "10086", "10086", kind="service"),
    U("https://ybj.gz.example.gov.cn/ybm"),
    E("ybmfk@gz-ybj.example.cn"),
]
