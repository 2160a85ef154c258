from gold_lib import *

GZ, YD = "360700", "360731"                        # 赣州市, 于都县
NC, LZS = "511300", "511381"                       # 南充市, 阆中市
LZ, LB, YF, LJ = "450200", "450205", "450203", "450206"   # 柳州市, 柳北区, 鱼峰区, 柳江区
DOCS = {
    "heldout56-post-1": [
        R("于都县", YD),                            # 于都县的老表们
        T("六十八岁", 68, "year", age=True),
        # 上个月: no number
        R("于都县", YD, in_org=True),               # 于都县人民医院
        T("十一二天", {"min": 11, "max": 12}, "day"),   # neighbouring numerals in the tail (call 6)
        M("八千多元", 8000, qualifier="min"),
        M("五千块左右", 5000, qualifier="approx"),
        # 自己出了两三千: no unit, nothing
        # 第二趟: an ordinal; 十几分钟, 好几个月, 这几年, 好几家: 几 (call 1)
        # 一个月药钱: lone 一
        M("一两百块", (100, 200)),                  # guidelines: 一两百元 → 100 to 200
        # 两三里路: 里 is a distance; 两百来户: 来 (call 2) and 户 is no classifier
        P("九成", 0.9),                             # 九成多: 多 after the unit is not on the shared list (call 9)
        # 三五户: 户 is not a classifier of the list; 涨到四百多: no unit
        D("2026年度", "2026"),
        R("赣州", GZ),                              # 赣州医保热线: a place before a service (set 44, 成都医保服务热线)
        PH("0797-8121345"),
        D("2025-11-03", "2025-11-03"),              # 19:26 a time
        R("赣州", GZ),                              # 来自 赣州: the post's location label
    ],
    "heldout56-post-2": [
        R("阆中", LZS, in_org=True),                # 阆中吧: a 贴吧's name (set 44 call 6)
        # 一年能报: lone 一; 1楼…4楼: floor numbers
        R("阆中", LZS, in_org=True),                # 阆中老陈: a screen name (set 43 call 13)
        D("2025-10-21", "2025-10-21"),
        # 一个月吃药: lone 一
        M("三四百块", (300, 400)),
        # 古城小王: a screen name; 古城 (old town) is a word, not 丽江's 古城区
        D("2025-10-21", "2025-10-21"),
        C("两种", 2, "kind"),
        M("3000元左右", 3000, qualifier="approx"),  # 每年限额3000元左右: 限额 between 每年 and the amount, no period
        P("65%", 0.65),
        T("二三十天", {"min": 20, "max": 30}, "day"),
        # 一个来月: lone 一 and 来 (call 2)
        R("南充", NC, in_org=True),                 # 南充医保小助手: the poster's account (set 44)
        D("2025-10-22", "2025-10-22"),
        R("南充市", NC),                            # 南充市门诊慢特病认定: a place before a topic
        T("15个工作日", 15, "workday"),             # 15个工作日内: 内 is not on the shared list
        # 高血压(II级以上): a disease grade, no unit of the list
        M("1200元", 1200),                          # 年度限额1200元
        M("1800元", 1800),
        # 二级医院: a hospital level
        P("60%", 0.6),                              # 60%至70%: every % is its own mention
        P("70%", 0.7),
        C("四百余家", 400, "institution", qualifier="min"),
        R("阆中市", LZS),
        # 三十几家: 几 (call 1)
        PH("0817-2221345"),
        R("阆中", LZS, in_org=True),                # 4楼 阆中老陈
        D("2025-10-22", "2025-10-22"),
        # 一年省个千把块: lone 一; 千把块: 把 (call 2)
    ],
    "heldout56-post-3": [
        R("柳州", LZ),                              # 新闻:柳州今年…
        C("近300万人", 3000000, "person", qualifier="approx"),
        # 评论(128): a counter
        R("柳北区", LB),                            # 柳北区网友: a location label (set 24: 湖南网友), plain
        # 好几百户: 几 (call 1)
        P("八成五左右", 0.85, qualifier="approx"), # N成M (set 44 call 3, set 43 六成半)
        R("鱼峰", YF, in_org=True),                 # 鱼峰阿姨: a screen name (set 43 call 13, 沈北小燕儿), not a 网友 label
        # 七十好几了: no unit, 几
        M("四百块", 400),                           # 每年交四百块: 交 between, no period
        T("半个多月", 0.5, "month", qualifier="min"),   # set 43 call 8
        M("一万四五千块", (14000, 15000)),          # call 6
        # 网友3921: a screen name's digits; 上万人: a bare magnitude (call 3); 前几年: 几
        T("两三分钟", {"min": 2, "max": 3}, "minute"),
        R("柳江区", LJ),                            # 柳江区网友: a location label
        DR("9月到12月", "--09", "--12"),             # 缴费期从9月到12月: 从 is a preposition
        # 延长 (to extend) is a verb here, not 延长县 (延安)
        D("2月底", "--02", qualifier="approx"),     # 延长到次年2月底: 次年 is not part of it; 底 → approx
        # 一年到头: lone 一
        C("一两次", {"min": 1, "max": 2}, "time"),  # call 5
        R("柳州", LZ, in_org=True),                 # 柳州医保回复: the official account
        # 近万人次: 近 before a bare magnitude, no number (call 3)
        D("2026年度", "2026"),
        DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
        M("每年400元", 400, period="year"),         # 每人每年400元
        T("3个月", 3, "month"),
        PH("0772-2661234", city="柳州市"),          # 0772 is shared by 柳州 and 来宾: the article's city
    ],
}
