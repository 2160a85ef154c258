from gold_lib import *

CD, SC = "510100", "510000"                        # 成都市, 四川省
WH, JJ = "510107", "510104"                        # 武侯区, 锦江区 (成都's)
SPEC = [
    R("成都市", CD, in_org=True),                  # title: 成都市医疗保障局关于…的风险提示
    D("2026-05-12", "2026-05-12"),                 # 发布时间 (main article: no role)
    R("成都市", CD, in_org=True),                  # 来源:成都市医疗保障局
    # 浏览次数:3127: a counter, no unit
    # 一、二、三、四、: section numbers
    R("四川省", SC, in_title=True),                # 《四川省基本医疗保险诊疗项目目录》
    # 案例1 / 案例2 / 案例3: labels, no unit
    DR("2025年8月至2026年1月", "2025-08", "2026-01"),
    R("成都市武侯区", WH),                         # 成都市武侯区某医疗美容诊所: 某 names no body, not in_org
    C("126名", 126, "person"),
    C("1,842张", 1842, "piece"),                   # 结算单据1,842张
    M("38.6万元", 386000),
    # 市医保局: no place.  2倍罚款: a multiple, no unit of any type
    M("77.2万元", 772000),                         # 公安机关: 公安 (荆州's 公安县) is a common word here, nothing
    R("锦江区", JJ),                               # 锦江区某药店: plain (某)
    M("12.4万元", 124000),                         # 累计 is no qualifier
    P("63%", 0.63),
    # 第四十条: article number.  5倍: a multiple
    M("62万元", 620000),
    T("3年", 3, "year"),                           # 3年内: 内 is not a qualifier
    T("52岁", 52, "year", age=True),
    C("4次", 4, "time"),
    M("6800元", 6800),
    T("6个月", 6, "month"),
    M("6800元", 6800),
    # 《条例》: no place.  2倍以上5倍以下: multiples, nothing (倍 is no unit)
    D("2026年以来", "2026", qualifier="from"),
    # 专项检查2轮: 轮 is not a classifier of the guidelines
    C("437家", 437, "institution"),
    C("58家", 58, "institution"),
    P("13.3%", 0.133),
    M("216.9万元", 2169000),                       # 共计 is no qualifier
    R("成都市", CD, in_org=True),                  # 成都市第二人民医院医疗美容科 (第二: part of the name)
    # 1. 2. 3. 4.: list numbers
    T("18周岁以下", 18, "year", age=True, qualifier="max"),
    # 《医疗机构执业许可证》: no place
    M("0元", 0),                                   # “0元体验”: an amount of zero yuan (call 3)
    # 分期0利息: 0 with no unit
    m("phone", "12315", "12315", kind="service"),  # consumer hotline (call 1: built by hand, PH() lacks 12315)
    PH("028-61882345"),
    PH("12345"),
    E("jubao@cdyb.example.cn"),
    U("https://ybj.chengdu.example.gov.cn/jubao"), # chengdu inside the URL: nothing
    M("不超过20万元", 200000, qualifier="max"),
    R("成都市", CD, in_org=True),                  # signature
    D("2026年5月12日", "2026-05-12"),
]
