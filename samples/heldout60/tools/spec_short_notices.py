from gold_lib import *

GZ, LZ, DT = "360700", "450200", "140200"            # 赣州市, 柳州市, 大同市
DOCS = {
    "heldout60-notice-1": [
        R("赣州市", GZ),                             # 赣州市城乡居民医保…: a place before a programme
        D("2026年度", "2026"),
        D("2026年度", "2026"),
        D("2025年12月31日", "2025-12-31"),           # 2025年12月31日24时结束: 24时 is a time of day (no duration), 结束 no qualifier
        DR("2026年1月5日至3月31日", "2026-01-05", "2026-03-31"),
        M("每年400元", 400, period="year"),          # 每人每年400元
        # 缴费之日起: no number
        T("3个月", 3, "month"),                      # 3个月后: 后 outside (like 30日后)
        D("3月31日以后", "--03-31", qualifier="from"),
        # 当年: no date; 春节前后: a holiday, no date (call 2)
        DR("1月下旬至2月中旬", "--01", "--02"),      # a range of two 旬-dates: month precision, no qualifier (call 9)
        # 腊月二十三前, 正月初八后: lunar days, no dates (call 3)
        R("章贡区", "360702"),
        R("南康区", "360703"),
        R("赣县区", "360704"),
        R("瑞金市", "360781"),
        R("于都县", "360731"),
        PH("0797-8162435"),
    ],
    "heldout60-notice-2": [
        R("柳州市", LZ),                             # 柳州市医保信息系统停机维护公告: a place before a system (a topic), plain
        D("2025-12-16", "2025-12-16"),               # 发布日期
        D("2025年12月20日", "2025-12-20"),           # <b>2025年12月20日</b>(本周六): 本周六 a relative weekday, nothing
        # 22:00至次日6:00: times of day, no range (call 4)
        T("8小时", 8, "hour"),                       # 共<strong>8</strong>小时
        D("2026年1月20日前", "2026-01-20", qualifier="until"),
        R("柳南区", "450204"),
        R("柳北区", "450205"),
        R("鱼峰区", "450203"),
        R("城中区", "450202"),                       # 柳州's 城中区 (not 西宁's 630103)
        R("柳江区", "450206"),
        # 上月底: a relative month, no number (call 1)
        R("柳州", LZ, in_org=True),                  # “柳州医保”公众号
        D("12月21日", "--12-21"),                    # 早上: no time mention
        PH("0772-2813576", city="柳州市"),           # 0772 is shared with 来宾: area_city from the article (set 1 call 5)
        # (工作日8:00—12:00): times of day
    ],
    "heldout60-notice-3": [
        R("大同市", DT),                             # 大同市2025年第四批…安排: a topic
        D("2025年", "2025"),
        # 第四批: an ordinal
        D("2025年", "2025"),                         # 我市2025年…
        C("1次", 1, "time"),                         # 每季度开展1次: 每季度 is a period word only for money
        # 第四批: an ordinal
        DR("12月8日至12日", "--12-08", "--12-12"),
        # (周一至周五): weekdays (call 4)
        D("12月5日", "--12-05"),                     # 截止时间为12月5日17:00: 截止 before the date is no qualifier; 17:00 a time
        D("2026年", "2026"),                         # 顺延至2026年一季度: 一季度 lone 一 (call 6)
        T("10个工作日", 10, "workday"),              # 10个工作日内: 内 outside
        T("5天", 5, "day"),
        D("2026年1月1日起", "2026-01-01", qualifier="from"),
        T("2年", 2, "year"),                         # 有效期2年
        R("平城区", "140213"),
        R("云冈区", "140214"),
        R("新荣区", "140212"),
        R("云州区", "140215"),
        # 市医保中心(御东行政中心): no place (御东 a district's name in town, not a unit)
        R("阳高县", "140221"),
        R("天镇县", "140222"),
        R("灵丘县", "140224"),
        PH("0352-5102786"),
        E("dtmzmtb@example.org"),
    ],
}
