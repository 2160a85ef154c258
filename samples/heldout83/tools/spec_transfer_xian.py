from gold_lib import *

XA, SX, YT = "610100", "610000", "610113"           # 西安市, 陕西省, 雁塔区
S12366 = m("phone", "12366", "12366", kind="service")
SPEC = [
    R("西安市", XA, in_org=True),                   # 西安市医疗保障局
    R("西安市", XA, in_org=True),                   # 国家税务总局西安市税务局
    # 市医保发〔2025〕41号: a document number
    R("陕西省", SX, in_title=True),                 # 《陕西省社会保险费征缴办法》
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    # 我市, 全省: no place names; 一、…四、: section numbers; 上年度: nothing
    P("60%", 0.6),                                  # 低于…60%的: 低于 is not on the list
    P("60%", 0.6),
    P("300%", 3.0),                                 # 高于300%的: 高于 is not on the list (不高于 is)
    P("300%", 3.0),
    D("2026年度", "2026"),
    M("4,326元/月", 4326, period="month"),          # 下限为…: 下限 is not on the list (and 为 stands between)
    M("21,630元/月", 21630, period="month"),        # 上限为…: 为 stands between
    P("7.5%", 0.075),
    P("2%", 0.02),
    P("0.5%", 0.005),
    P("8%", 0.08),
    # 按月、按季度或按年: no numbers
    DR("每月1日至15日", "---01", "---15", recurring="monthly"),
    D("2026年1月", "2026-01"),
    # 申报期延长至…: 延长 is a verb here, not 延长县 (610621)
    D("1月22日", "--01-22"),                        # 延长至1月22日: 至 a preposition, a single date (set 1 call 15)
    # 4.7万户: 户 is no classifier (set 27), nothing
    C("约126万名", 1260000, "person", qualifier="approx"),
    D("2025年12月31日前", "2025-12-31", qualifier="until"),
    R("陕西省", SX, in_org=True),                   # 陕西省电子税务局: a platform's name
    R("陕西", SX, in_org=True),                     # "陕西税务"APP
    T("3个工作日", 3, "workday"),                   # 3个工作日内: 内 is not a qualifier
    R("陕西", SX, in_org=True),                     # "陕西医保"公众号: an account
    R("西安市", XA, in_org=True),                   # 西安市医保服务中心
    PH("029-86211593", city="西安市"),              # 029 is shared with 咸阳: the article's region
    R("西安市雁塔区", YT, in_org=True),             # 国家税务总局西安市雁塔区税务局
    PH("029-85236087", city="西安市"),
    S12366,
    R("西安市", XA, in_org=True),                   # signature: 西安市医疗保障局
    R("西安市", XA, in_org=True),                   # signature: 国家税务总局西安市税务局
    D("2025年12月8日", "2025-12-08"),
]
