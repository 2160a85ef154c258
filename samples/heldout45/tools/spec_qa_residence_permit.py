from gold_lib import *

# 港澳居民居住证 Q&A of a mainland site (广州市医疗保障局, invented) rendered through its 繁體 toggle
# (OpenCC s2t), full-width punctuation and digits; offsets index the t2s + NFKC text.
GZ, TH, YX, HK, MO, ZH, SZ, ZS, JM = ("440100", "440106", "440104", "810000", "820000", "440400",
                                      "440300", "442000", "440700")
SPEC = [
    # 简体|繁体 字号:大 中 小 打印, breadcrumb: nothing; 八问八答: 问 no classifier
    D("2025-02-18", "2025-02-18"),                  # 发布时间 of the main article: a plain date (set 1 call 8)
    R("广州市", GZ, in_org=True),                   # 来源:广州市医疗保障局
    # 浏览次数:3862: a counter; 问1 … 问8: question labels
    # 港澳居民居住证, 港澳居民, 内地: no places
    T("半年以上", 0.5, "year", qualifier="min"),
    # 条件之一: no unit; 公安机关: 公安 (湖北 公安县) part of a word
    T("5年", 5, "year"),                            # 有效期5年
    T("20个工作日", 20, "workday"),                 # 20个工作日内: 内 is no qualifier
    R("广州", GZ),
    D("2024年底", "2024", qualifier="approx"),      # 截至2024年底
    R("广州", GZ),                                  # 广州全市
    C("4.86万人", 48600, "person"),                 # 达4.86万人: 达 is no qualifier
    D("2023年底", "2023", qualifier="approx"),
    P("12%", 0.12),
    DR("每年的10月1日至12月20日", "--10-01", "--12-20", recurring="yearly"),   # 每年的 inside (guidelines)
    D("2025年度", "2025"),
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    M("每年462元", 462, period="year"),             # 每人每年462元
    M("每年752元", 752, period="year"),
    M("不低于300元", 300, qualifier="min"),
    T("3个月", 3, "month"),
    T("90日", 90, "day"),                           # 出生后90日内
    P("70%", 0.7),
    # 三级医院: a hospital level
    P("75%", 0.75),
    P("85%", 0.85),
    M("65万元", 650000),                            # 年度最高支付限额为65万元: 最高 does not touch
    M("2.2万元", 22000),
    P("60%", 0.6),                                  # 60%至75%: two percents
    P("75%", 0.75),
    R("香港", HK),
    R("澳门", MO),
    # 粤港澳大湾区: no place; 九市: 市 is no classifier (set 1's 四市); 全省: no place
    C("1,236家", 1236, "institution"),
    R("珠海", ZH),                                  # 珠海横琴: 横琴 no unit
    R("深圳", SZ),                                  # 深圳前海: 前海 no unit
    R("珠海", ZH),
    R("中山", ZS),                                  # the city (中山市), listed with 珠海 and 江门
    R("江门", JM),
    R("广州市天河区", TH),                          # 在广州市天河区办证: one chain, plain
    R("天河区", TH, in_org=True),                   # 天河区医保经办机构: a place + office word (guidelines' 天水市医保部门)
    R("广州", GZ),                                  # 广州医保服务热线: a place before a hotline, plain (set 7 call 5)
    PH("12345"),
    PH("(020)83210988"),                            # （０２０）８３２１０９８８ after NFKC; the parentheses belong to the number (set 1 call 16)
    R("香港", HK),                                  # 身在香港的
    m("phone", "(852)2827 1234", "+85228271234", kind="fixed"),   # Hong Kong's plan written with (852): E.164 +852, no area_code (call 7)
    E("gzyb_gangao@example.gov.cn"),                # full-width letters, ＿ and ＠ become ASCII under NFKC
    R("广州市", GZ, in_org=True),                   # 主办单位:广州市医疗保障局
    R("广州市越秀区", YX),                          # address: one chain; 东风中路 (a road; 东风 is 佳木斯's 东风区), 437号 and 邮编 510030: nothing
    # 粤ICP备12345678号: a registration number (粤 one character)
]
