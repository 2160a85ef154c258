from gold_lib import *

HB, XG, XN, AL, HC = "420000", "420900", "420902", "420982", "420984"
SPEC = [
    R("孝感市", XG, in_org=True),                   # 孝感市医疗保障局 (title)
    D("2025-11-07", "2025-11-07"),                 # 发布日期 (heldout call 8)
    R("湖北省", HB, in_title=True),                 # 《湖北省医药价格和招采信用评价实施细则》
    C("3家", 3, "institution"),                    # 辖区内3家医药企业
    # 1. 2. 3.: list numbers; 统一社会信用代码 91420984…, 91420900…, 92420982…: IDs with division codes inside, nothing
    R("汉川市", HC, in_org=True),                   # 汉川市鑫源医药有限公司
    M("42.8万元", 428000),
    # 中等 / 一般: levels, no counts
    R("孝感", XG, in_org=True),                     # 孝感东方康健药业有限公司: 东方 is a word of the firm's name here, not 东方市 (海南)
    M("2.6万元", 26000),
    R("安陆市", AL, in_org=True),                   # 安陆市仁和堂医疗器械经营部 (仁和 no place)
    M("12,500元", 12500),
    DR("2025年11月10日至11月16日", "2025-11-10", "2025-11-16"),   # the 公示 period
    T("5个工作日", 5, "workday"),                  # (共5个工作日): 共 is no qualifier
    T("3个工作日", 3, "workday"),                  # 公示期满后3个工作日内; 定结 in 评定结果 (×3) is not 定结县 (西藏)
    PH("0712-2861035"),
    # (工作日8:30-17:30): times
    E("xgybjb@xgyb.example.cn"),
    R("孝感市孝南区", XN),                          # address chain; 城站路218号, 邮编432000: nothing
    M("约386万元", 3860000, qualifier="approx"),
    P("11%", 0.11),                                # 11%至15%: two percent signs, two mentions
    P("15%", 0.15),
    # “中等”/“严重”: levels, nothing
    T("15个工作日", 15, "workday"),
    # 第2次开展: ordinal
    D("2025年11月30日前", "2025-11-30", qualifier="until"),
    R("孝感市", XG, in_org=True),                   # 孝感市人民政府网站: a government's site
    U("https://www.xiaogan.example.gov.cn/ybj/gs/2025-37.html"),   # numbers inside the URL: nothing
    R("孝感市", XG, in_org=True),                   # signature
    D("2025年11月7日", "2025-11-07"),
]
