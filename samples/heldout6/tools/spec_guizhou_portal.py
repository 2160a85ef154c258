from gold_lib import *

GZ = "520000"                                       # 贵州省
SPEC = [
    # <head> (title, meta PubDate), <header> (logo alt, 服务热线 0851-12393), <nav>, div.breadcrumb and the
    # <aside> left menu (贵阳市医保动态, 2024年统计数据) are chrome: not in the normalised text (set 2 call 1)
    R("贵州省", GZ, in_org=True),                   # h1: 贵州省医疗保障局关于…
    D("2024-12-16", "2024-12-16"),                  # 发布时间 (spans join: 2024-12-16来源)
    R("贵州省", GZ, in_org=True),                   # 来源:贵州省医疗保障局; 浏览次数:2408: a counter
    # 各市(州): no place; 国家医疗保障局、财政部《关于…》: no place; 我省: no place
    D("2025年1月1日起", "2025-01-01", qualifier="from"),    # <font>2025年1月1日</font>起: inline, one mention
    T("6个月", 6, "month"),
    # <img alt="2025年1月1日起跨省备案流程图">: alt text is not page text
    P("10个百分点", 0.1, points=True),
    P("20个百分点", 0.2, points=True),
    M("每次800元", 800, period="time"),
    M("每次500元", 500, period="time"),
    # table: 即时 / 即时办结: no number
    R("贵州", GZ, in_org=True),                     # “贵州医保”微信公众号: an account
    T("1个工作日", 1, "workday"),                   # digit 1 (set 1 call 13)
    # 省医保服务热线: no place (a draft had 贵州省医保服务热线, rewritten: the guidelines do not decide a hotline's name)
    PH("0851-86825310"),
    T("3个工作日", 3, "workday"),
    DR("2024年1—11月", "2024-01", "2024-11"),       # the Chinese dash (set 5 national_stats)
    # 全省: no place
    C("186.3万人次", 1863000, "person"),            # <span>186.3</span>万人次: spans are inline
    M("29.7亿元", 2970000000),                      # <span>29.7</span><span>亿元</span>
    M("17.5亿元", 1750000000),
    M("超过10万元", 100000, qualifier="min"),       # 单次住院费用超过10万元 (超过 on the shared list; 单次 no period)
    R("黔东南州", "522600"),                        # short forms with 州 (set 2 call 3)
    R("黔南州", "522700"),
    D("2025年3月31日前", "2025-03-31", qualifier="until"),
    D("2025年1月1日起", "2025-01-01", qualifier="from"),
    T("5年", 5, "year"),                            # 有效期5年
    R("贵州省", GZ, in_org=True),                   # signature
    D("2024年12月13日", "2024-12-13"),
    # 相关文件: four related items (title, snippet, `category date` line), keys as in samples/gold
    Article("related-01"),
    R("贵州省", GZ),                                # 贵州省2025年城乡居民医保集中缴费通知: a place before a topic
    D("2025年", "2025"),
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),             # 每人每年400元
    DR("2024年9月1日至12月31日", "2024-09-01", "2024-12-31"),
    D("2024-08-26", "2024-08-26", role="pubdate"),
    Article("related-02"),
    R("遵义市", "520300"),                          # 遵义市开展…: the subject, no org
    R("遵义市", "520300"),                          # 遵义市参保群众
    R("贵州", GZ, in_org=True),                     # “贵州医保”
    T("15个工作日", 15, "workday"),                 # 15个工作日内: 内 is no qualifier
    D("2024-10-09", "2024-10-09", role="pubdate"),
    Article("related-03"),
    R("毕节市", "520500", in_org=True),             # 毕节市医保局 (a place + office word)
    D("2024年", "2024"),
    C("126家", 126, "institution"),
    C("358家", 358, "institution"),
    D("2024-11-21", "2024-11-21", role="pubdate"),
    Article("related-04"),
    # 十问十答: no classifier, no count; 全国: no place
    C("约13万家", 130000, "institution", qualifier="approx"),
    PH("12393"),
    D("2024-12-16", "2024-12-16", role="pubdate"),
    # <footer>: chrome (贵州省医疗保障局, 贵阳市观山湖区, 邮编, ICP number): no gold
]
