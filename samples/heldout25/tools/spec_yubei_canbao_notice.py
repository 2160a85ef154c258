from gold_lib import *

CQ, YB = "500000", "500112"                       # 重庆市 (a municipality: province level), 渝北区
SPEC = [
    R("重庆市渝北区", YB, in_org=True),            # title: chain municipality + district before 医疗保障局
    D("2025年度", "2025"),
    D("2024-09-02", "2024-09-02"),                 # 发布时间
    R("渝北区", YB, in_org=True),                  # 来源:渝北区医疗保障局
    # 各街道办事处、镇人民政府,区级有关部门: no places
    R("重庆市", CQ),                               # 按照重庆市统一部署: the municipality itself, province level, no org
    R("重庆市", CQ, in_org=True, in_title=True),   # 《重庆市医疗保障局 …
    R("重庆市", CQ, in_org=True, in_title=True),   # … 国家税务总局重庆市税务局 …
    D("2025年度", "2025"),                         # a date inside the title: no flag on dates
    # 渝医保发〔2024〕36号: a document number (渝: one-character abbreviation); 我区: no place
    D("2025年度", "2025"),
    # 一、…五、: list numbers
    D("2025年度", "2025"),
    DR("2024年9月1日至2025年2月28日", "2024-09-01", "2025-02-28"),
    T("3个月", 3, "month"),                        # 3个月待遇等待期
    # 一档、二档 (also 一档:, 二档:, 在一档基础上, 一档为, 按一档标准): tier names, 档 is no classifier
    M("每年400元", 400, period="year"),            # 每人每年400元: 每人 is no period (set 1 call 2)
    M("每年775元", 775, period="year"),
    P("5个百分点", 0.05, points=True),
    M("20万元", 200000),                           # 最高支付限额为20万元: 最高 does not touch
    M("15万元", 150000),                           # (一档为15万元)
    M("每年不低于670元", 670, period="year", qualifier="min"),
    P("90%", 0.9),
    P("70%", 0.7),
    M("280元", 280),                               # 即每人280元: 每人 is no period word
    R("重庆", CQ, in_org=True),                    # "重庆税务" 微信公众号: an account's name
    # "渝快办": 渝 is a one-character abbreviation
    R("重庆", CQ, in_org=True),                    # "重庆医保" 小程序
    R("渝北区", YB, in_org=True),                  # 渝北区税务局办税服务厅
    # 各街道(镇)便民服务中心: no place
    R("重庆", CQ, in_org=True),                    # 重庆农村商业银行 (a bank)
    R("渝北", YB, in_org=True),                    # 渝北支行: the branch's name
    T("90天", 90, "day"),                          # 出生后90天内: 内 is not on the shared list
    T("4年", 4, "year"),                           # 满4年后: 满 is no qualifier, 后 belongs to dates only
    T("1年", 1, "year"),                           # 每多参保1年
    M("1万元", 10000),                             # 提高1万元
    M("5万元", 50000),                             # 最多提高5万元: 提高 stands between 最多 and the amount
    D("2024年8月底", "2024-08", qualifier="approx"),   # 截至2024年8月底: 截至 is a preposition
    # 全区: no place
    D("2025年度", "2025"),
    C("18.6万人", 186000, "person"),
    P("62.3%", 0.623),
    # 双龙湖街道、龙山街道、回兴街道: streets, no places (龙湖, 龙山 inside them: no places)
    C("8个", 8, "item"),                           # 等8个街道
    # 统景镇、大盛镇: towns, no places
    C("11个", 11, "item"),                         # 等11个镇
    R("渝北区", YB, in_org=True),                  # 渝北区医疗保障局
    PH("023-67821239"),
    R("渝北区", YB, in_org=True),                  # 渝北区税务局
    PH("023-67188366"),
    PH("12345"),                                   # 政务服务热线 12345
    R("重庆市渝北区", YB, in_org=True),            # signature
    D("2024年8月30日", "2024-08-30"),
]
