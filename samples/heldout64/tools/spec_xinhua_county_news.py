from gold_lib import *

XH, LD, HN = "431322", "431300", "430000"           # 新化县, 娄底市, 湖南省
SPEC = [
    R("新化县", XH, in_org=True),                   # 新化县人民政府门户网站 (site name in the header text)
    D("2025年4月8日", "2025-04-08"),               # the header's date line (call 1); 星期二 nothing
    # 农历三月十一: a lunar-calendar date; its month is not the Gregorian --03, nothing (call 4)
    R("新化", XH),                                  # menu 走进新化: the county's short name, a place (no org)
    # 当前位置 breadcrumb as scraped text: no numbers
    D("2025年", "2025"),                            # headline 我县2025年…
    D("2025-04-08", "2025-04-08"),                  # 发布时间 …16:42:07: the time is nothing
    # 县医疗保障局 (no place name); 浏览次数:1587 a counter; 【字体:大 中 小】 nothing
    D("2025年度", "2025"),
    D("2025年3月31日", "2025-03-31"),              # 于…结束: 于 a preposition
    C("118.6万人", 1186000, "person"),
    P("96.5%以上", 0.965, qualifier="min"),
    D("2025年度", "2025"),
    M("每年400元", 400, period="year"),             # 每人每年400元: 每人 no period (heldout call 2)
    M("20元", 20),
    M("每年不低于700元", 700, period="year", qualifier="min"),
    P("70%", 0.7),
    C("4.3万人", 43000, "person"),
    M("1722万元", 17220000),
    DR("2024年9月1日至2025年3月31日", "2024-09-01", "2025-03-31"),
    C("26个", 26, "item"),
    C("720余名", 720, "person", qualifier="min"),   # 余 between number and classifier
    R("娄底", LD, in_org=True),                     # “娄底医保”微信小程序
    R("湖南", HN, in_org=True),                     # “湖南税务”APP
    P("83%", 0.83),
    C("12.8万条", 128000, "item"),
    D("2025年4月1日以后", "2025-04-01", qualifier="from"),
    T("3个月", 3, "month"),
    T("4年", 4, "year"),                            # 满4年后: 满 not a qualifier; 后 like 30日后 → 30日
    T("1年", 1, "year"),                            # 每增加1年: digit 1 (heldout call 13)
    M("1万元", 10000),                              # 最高支付限额提高1万元: 提高 between
    M("不超过5000元", 5000, qualifier="max"),
    # 将会同县卫健局: 会同 (together with) + 县卫健局, not 会同县 (怀化): no place (call 5)
    # 圳上镇, 琅塘镇: townships, nothing; “医保进万家”: a slogan (万家 households, no numeral), nothing
    R("冷水江市", "431381"),
    R("涟源市", "431382"),
    R("新邵县", "430522"),
    PH("0738-3521234"),
    PH("12393"),
    # 编辑/审核: people; 打印本页/关闭窗口/分享到: nothing
    # 上一篇: 双随机、一公开: 一 with no classifier, nothing
    R("新化县", XH),                                # 下一篇:新化县2024年医保基金运行情况通报: a topic
    D("2024年", "2024"),
    R("娄底市", LD, in_org=True),                   # 相关链接
    R("娄底市", LD, in_org=True),
    R("湖南省", HN, in_org=True),
    R("新化县", XH, in_org=True),                   # 新化县融媒体中心
    R("新化县", XH, in_org=True),                   # 主办单位:新化县人民政府办公室
    R("新化县", XH, in_org=True),                   # 承办单位:新化县政务服务中心
    R("湖南省娄底市新化县", XH),                    # address chain; 上梅街道 (a street), 天华南路308号 nothing
    # 邮编:417600: a postcode
    PH("0738-3522000"),
    # 网站标识码:4313220001, 湘ICP备05012345号, 湘公网安备 43132202000018号: registration numbers (call 1)
    R("娄底", LD, in_org=True),                     # 技术支持:娄底云联科技有限公司
    PH("400-731-5678"),                             # toll_free; 731 is no area code here
    # 1920×1080分辨率: a screen resolution, nothing
    # 您是本站第 8263195 位访客: a visitor counter, an ordinal (第), not a count
]
