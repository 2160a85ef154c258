from gold_lib import *

KM, YN, WHQ = "530100", "530000", "530102"          # 昆明市, 云南省, 五华区
SPEC = [
    R("昆明", KM),                                  # 昆明|带娃办…攻略: a headline place
    # 𝐊𝐮𝐧𝐦𝐢𝐧𝐠宝妈日记 → Kunming宝妈日记 after NFKC: a pinyin account name, no place
    D("2025-09-02", "2025-09-02"),                  # 编辑于
    R("云南", YN),                                  # IP location
    C("5个", 5, "item"),                            # 𝟓个关键点 (bold digit)
    # ❶…❺: dingbat list markers (NFKC keeps them), nothing
    DR("2025年9月1日~12月31日", "2025-09-01", "2025-12-31"),   # ～ (full-width tilde) → ~
    M("每年400元", 400, period="year"),             # 每人每年４００元 (set 1 call 2)
    M("670元", 670),
    # 一级医院, 二级医院, 三级医院: hospital levels
    P("90%", 0.9),                                  # ⑨⓪% → 90% after NFKC: circled digits that make a number with % (call 8)
    P("80%", 0.8),
    P("70%", 0.7),                                  # ７０％
    P("50%", 0.5),
    M("600元", 600),                                # 𝟔𝟎𝟎元
    # 某保险公司: no place; 一年: lone 一
    M("100块左右", 100, qualifier="approx"),
    # 额度1w: shorthand w, no currency unit (call 1)
    T("90天", 90, "day"),                           # 出生后90天内: 内 not a qualifier
    T("3个月", 3, "month"),
    # 时间表 (a timetable pasted as lines)
    D("9月1日", "--09-01"),
    D("10月15日前", "--10-15", qualifier="until"),
    D("12月31日", "--12-31"),
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    DR("2026年3月1日至6月30日", "2026-03-01", "2026-06-30"),
    T("3个月", 3, "month"),                         # 要等𝟑个月
    D("6月30日", "--06-30"),                        # 超过6月30日: 超过 qualifies amounts, not dates; a plain date
    T("6个月", 6, "month"),
    C("两个", 2, "item"),                           # 两个娃 (like 三个 → 3 item)
    R("五华区", WHQ, in_org=True),                  # 五华区社区卫生服务中心 (五华区 with 区: 昆明's, not 梅州's 五华县)
    C("20多人", 20, "person", qualifier="min"),     # 多 between number and classifier → min
    T("半小时", 0.5, "hour"),                       # like 半年
    R("昆明市", KM, in_org=True),                   # 昆明市儿童医院
    M("1块", 1),                                    # 1块钱: 钱 is not part of it
    # I II (Ⅰ Ⅱ): question numbers
    R("昆明", KM),
    PH("12345"),
    R("昆明", KM),                                  # 昆明医保热线: a place before a service line, not in_org
    PH("0871-63151234"),
    R("云南", YN, in_org=True),                     # “云南医保”小程序: an app's name
    R("云南", YN, in_org=True),                     # 云南税务APP
    E("kmbaoma2025@example.com"),
    R("昆明", KM),                                  # #昆明医保: a hashtag is a topic, not in_org (call 9)
    # 评论 56: a counter
    R("官渡区", "530111"),                          # 我家在官渡区
    # 每人400: no unit
    M("30元", 30),
    M("400元", 400),
]
