from gold_lib import *

CZ, HB, ZB, DZ, TS = "130900", "130000", "370300", "371400", "130200"   # 沧州市, 河北省, 淄博市, 德州市, 唐山市
# Each record: the query line (= the `title` field), results of three lines (title, snippet ending in "...",
# site name + date). Relative dates `3天前`, `2小时前`, `1周前`, `30分钟前`: a number and a unit that touch,
# so a duration (3天 → 3 day); 前 is a date word, not on the shared qualifier list, so it stays outside
# (as 后 in `30日后` → `30日`, set 12 call 4). They are no dates: no calendar value can be given without the
# page's own date. `昨天 18:42`: 昨天 has no number, 18:42 is a time of day: nothing.
# A site's name on the date line is an organisation or an account (in_org); a place before a topic in a
# result title is plain.
DOCS = {
    "heldout22-serp-1": [
        R("沧州", CZ),                               # query 沧州2026年居民医保缴费标准: a place before a topic
        D("2026年", "2026"),
        C("约1,280,000个", 1280000, "item", qualifier="approx"),   # 相关结果约1,280,000个
        R("沧州市", CZ),                             # 沧州市2026年度城乡居民医保…: a place before a programme
        D("2026年度", "2026"),
        D("2026年度", "2026"),
        M("每年400元", 400, period="year"),          # 每人每年400元
        DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),
        R("沧州市", CZ, in_org=True),                # site: 沧州市医疗保障局
        T("3天", 3, "day"),                          # 3天前
        R("河北", HB),                               # 河北:2026年…: the headline's subject
        D("2026年", "2026"),
        M("每年不低于700元", 700, period="year", qualifier="min"),
        R("河北省", HB, in_org=True),                # 河北省医疗保障局
        R("河北省", HB, in_org=True),                # 河北省财政厅
        D("2026年", "2026"),
        R("河北", HB, in_org=True),                  # site: 河北新闻网 (a news site, set 1 call 7)
        T("2小时", 2, "hour"),                       # 2小时前
        R("沧州", CZ),                               # 沧州医保缴费怎么交: a topic (set 3 call 13)
        # 3步: 步 is no classifier; “冀时办”: 冀 a one-character abbreviation
        R("河北", HB, in_org=True),                  # “河北税务”微信公众号
        T("1-2个工作日", (1, 2), "workday"),          # a range with one unit
        D("2025年10月9日", "2025-10-09"),            # an absolute date on a date line (no related block: plain)
    ],
    "heldout22-serp-2": [
        R("淄博市", ZB),                             # 淄博市门诊慢特病认定流程: a topic
        D("2025年", "2025"),                         # (2025年版): the year has 年 (set 8 call 7)
        T("15个工作日", 15, "workday"),              # 15个工作日内: 内 outside
        D("次月1日起", "---01", relative_to="next_month", qualifier="from"),
        R("淄博市", ZB, in_org=True),                # site: 淄博市人民政府 (a government)
        T("1周", 1, "week"),                         # 1周前: digit 1 (set 1 call 13)
        M("1200元", 1200),
        P("65%", 0.65),
        # 二级以下: a hospital level; the snippet is cut after it
        T("5小时", 5, "hour"),                       # 5小时前
        R("德州市", DZ),                             # 【图解】德州市门诊慢特病新增至72种
        C("72种", 72, "kind"),
        D("2025年7月1日起", "2025-07-01", qualifier="from"),
        R("德州市", DZ),
        C("68种", 68, "kind"),                       # 由68种增加到72种: two mentions
        C("72种", 72, "kind"),
        C("4种", 4, "kind"),
        R("德州", DZ, in_org=True),                  # site: 德州新闻网
        D("2025-07-02", "2025-07-02"),
    ],
    "heldout22-serp-3": [
        # 第七批: an ordinal (the query and the first result's title)
        P("48%", 0.48),
        C("60种", 60, "kind"),
        C("217家", 217, "institution"),
        P("48%", 0.48),
        M("185亿元", 18500000000),                   # 预计每年可节省费用185亿元: 每年 does not touch
        D("2022-07-14", "2022-07-14"),               # 人民网: no place
        R("唐山", TS),                               # 唐山集采药品在哪买: a topic
        R("唐山市", TS),                             # 唐山市共有…: the subject
        C("1863家", 1863, "institution"),
        C("1217家", 1217, "institution"),
        R("唐山", TS, in_org=True),                  # “唐山医保”小程序 (an app)
        R("唐山", TS, in_org=True),                  # site: 唐山发布 (an account); 昨天 18:42: nothing
        M("4.55元", 4.55),                           # 4.55元一盒: 一盒 a lone 一
        T("30分钟", 30, "minute"),                   # 30分钟前
    ],
}
