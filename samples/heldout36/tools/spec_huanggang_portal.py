from gold_lib import *

HG = "421100"                                        # 黄冈市
SPEC = [
    # <head> (title, script with siteid) is not visible text.  div.topbar, div.menu, div.crumbs, div.side-col and
    # div.foot are NOT skipped by VisibleText (only <nav>/<header>/<footer>/<aside> and the classes ad/sidebar/breadcrumb
    # are), so their mentions are gold (set 24 call 7).
    D("2025年11月18日", "2025-11-18"),              # 今天是:2025年11月18日 星期二 (星期二: nothing)
    # 首页 机构概况 政务公开 … 当前位置:首页 > 政务公开 > 通知公告: no mentions
    R("黄冈市", HG, in_org=True),                    # h1: 黄冈市医疗保障局关于…
    D("2026年度", "2026"),
    D("2025-11-17", "2025-11-17"),                   # 发布时间:2025-11-17 10:25 (the time: nothing; a plain date, set 1 call 8)
    R("黄冈市", HG, in_org=True),                    # 来源:黄冈市医疗保障局;  浏览次数:2318: a counter, no unit; 字号:[大 中 小]
    R("湖北省", "420000", in_title=True, in_org=True),   # 《湖北省医疗保障局 湖北省财政厅 国家税务总局湖北省税务局关于…》
    R("湖北省", "420000", in_title=True, in_org=True),
    R("湖北省", "420000", in_title=True, in_org=True),
    D("2026年度", "2026"),                           # inside the 《title》: a plain date
    D("2026年度", "2026"),                           # 我市2026年度 (我市: no place)
    # 一、 二、 三、 四、: list numbers
    D("2026年度", "2026"),
    M("每年400元", 400, period="year"),              # 每人每年<strong>400</strong>元 (set 1 call 2: 每人 outside)
    M("每年不低于700元", 700, period="year", qualifier="min"),
    DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
    DR("2026年1月1日至12月31日", "2026-01-01", "2026-12-31"),
    D("2025年12月31日前", "2025-12-31", qualifier="until"),
    T("3个月", 3, "month"),
    T("2年以上", 2, "year", qualifier="min"),        # 连续2年以上未参保
    T("1年", 1, "year"),                             # 每多断保1年 (digit 1, set 1 call 13)
    T("1个月", 1, "month"),                          # 增加1个月
    T("90天", 90, "day"),                            # 出生后90天内 (内 is not on the list)
    # “鄂汇办”APP: 鄂 is a one-character abbreviation
    R("湖北", "420000", in_org=True),                # “湖北税务”微信公众号: an account (set 1 call 7)
    # “楚税通”APP: no place (楚 one character); 各乡镇(街道): no place
    # the table: its header cells have no units
    M("200元", 200),
    P("90%", 0.9),
    M("500元", 500),
    P("75%", 0.75),
    M("1000元", 1000),
    P("60%", 0.6),
    M("20万元", 200000),                             # 最高支付限额为20万元: 最高 does not touch
    M("1.3万元", 13000),
    P("60%", 0.6),                                   # 60%至80%: two percents
    P("80%", 0.8),
    T("4年", 4, "year"),                             # 满4年后: 满 outside, 后 is not a duration qualifier
    T("1年", 1, "year"),                             # 每多参保1年
    M("不低于1000元", 1000, qualifier="min"),        # 最高支付限额提高不低于1000元
    D("10月底", "--10", qualifier="approx"),         # 截至10月底 (截至 outside)
    C("612.4万人", 6124000, "person"),
    D("2026年度", "2026"),
    P("96.5%以上", 0.965, qualifier="min"),
    # ten county-level units before one shared office word 医保部门: all in_org (set 7: 主送 list)
    R("黄州区", "421102", in_org=True),
    R("团风县", "421121", in_org=True),
    R("红安县", "421122", in_org=True),
    R("麻城市", "421181", in_org=True),
    R("罗田县", "421123", in_org=True),
    R("英山县", "421124", in_org=True),
    R("浠水县", "421125", in_org=True),
    R("蕲春县", "421126", in_org=True),
    R("黄梅县", "421127", in_org=True),
    R("武穴市", "421182", in_org=True),
    PH("0713-8356120"),
    PH("12393"),
    R("黄冈市", HG, in_org=True),                    # signature
    D("2025年11月17日", "2025-11-17"),
    # 【打印本页】【关闭窗口】: nothing.  Sidebar 热点文章 (div.side-col, visible): titles run into their dates;
    # the dates are plain dates (no related block, no pubdate: set 24 call 7)
    R("黄冈市", HG),                                 # 黄冈市2025年医保基金监管专项行动情况通报: a place before a topic
    D("2025年", "2025"),
    D("2025-11-10", "2025-11-10"),
    R("麻城市", "421181"),                           # 麻城市新增3家…: a place as subject, no org
    C("3家", 3, "institution"),
    D("2025-11-06", "2025-11-06"),
    R("浠水县", "421125"),                           # 浠水县开展…活动; 进万家: an idiom (万 + 家, no number of anything), no count
    D("2025-10-28", "2025-10-28"),
    D("2025年", "2025"),                             # 2025年第三批: 第三批 is an ordinal; 保定 in 医保定点: no place
    D("2025-10-21", "2025-10-21"),
    C("12.6万人", 126000, "person"),                 # 全市…覆盖12.6万人 (全市: no place)
    D("2025-10-15", "2025-10-15"),
    # footer (div.foot, visible)
    R("黄冈市", HG, in_org=True),                    # 版权所有:黄冈市医疗保障局
    R("黄冈市", HG, in_org=True),                    # 主办:
    R("黄冈市", HG, in_org=True),                    # 承办:黄冈市医疗保障信息中心
    R("黄冈市黄州区", "421102"),                     # 地址:黄冈市黄州区赤壁大道68号: one chain; road (赤壁大道: 赤壁 is part of a road name, no place), house number: nothing
    # 邮编:438000: a postcode
    PH("0713-8356001"),
    # 鄂ICP备12003456号-1, 鄂公网安备 42110202000118号, 网站标识码:4211000023: registration numbers, nothing;
    # 您是本站第 1302587 位访问者: 第 … 位 is an ordinal (a rank), no count; 今日访问量:3416: a counter, no unit
]
