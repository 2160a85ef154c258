from gold_lib import *

QZ, SX, NN, GX = "350500", "330600", "450100", "450000"   # 泉州市, 绍兴市, 南宁市, 广西壮族自治区
DOCS = {
    "heldout19-wechat-1": [
        R("泉州", QZ, in_org=True),                 # 泉州医保 | …: the account's name before | (set 7, session 10)
        D("2026年度", "2026"),                      # 2026年度
        D("2025-09-05", "2025-09-05"),              # 08:30: a time
        R("福建泉州", QZ),                          # the account's location tag: a chain, plain (set 2 call 5)
        D("2026年度", "2026"),
        DR("2025年9月1日至12月31日", "2025-09-01", "2025-12-31"),   # inside <strong><span>: one block, no break
        M("每年400元", 400, period="year"),         # 每人每年<strong>400</strong>元: the tags leave 400元 touching
        M("每年不低于¥700", 700, period="year", qualifier="min"),   # &yen;700: ¥ is the unit written before (set 4 call 9)
        P("50%", 0.5),                              # <strong>50</strong>%
        T("90天", 90, "day"),                       # 出生后90天内
        T("4年", 4, "year"),                        # 满4年: 满 is not on the list
        M("1万元", 10000),                          # 每年提高1万元: 提高 stands between, no period
        M("不超过4万元", 40000, qualifier="max"),
        # 次年: no date
        M("1 万元", 10000),                         # &nbsp;1&nbsp;万元: one space (NFKC of U+00A0) is typesetting (set 11 call 1)
        M("不超过¥40000", 40000, qualifier="max"),
        C("168家", 168, "institution"),
        C("2156个", 2156, "item"),                  # 2156个村(社区)代收点
        R("鲤城区", "350502"),
        R("丰泽区", "350503"),
        R("晋江市", "350582"),
        R("南安市", "350583"),
        # “闽政通”App: 闽 is a one-character abbreviation, no place
        PH("0595-22581369"),
        PH("12393"),
    ],
    "heldout19-wechat-2": [
        # “一件事”: a lone 一, no count
        R("绍兴", SX),                              # 绍兴这样办 (headline)
        D("4月16日起", "--04-16", qualifier="from"),
        R("绍兴市越城区", "330602"),                 # a chain
        R("柯桥区", "330603"),
        R("上虞区", "330604"),
        R("诸暨市", "330681"),
        C("52种", 52, "kind"),
        C("68种", 68, "kind"),
        # ▶: a bullet
        P("85%", 0.85),                             # <span style><strong>85%</strong></span>
        P("90%", 0.9),
        M("3000元", 3000),                          # 3000元至1.5万元不等: two amounts with their own units (set 1 call 4)
        M("1.5万元", 15000),
        T("15个工作日", 15, "workday"),             # 由15个工作日压缩至3个工作日: two durations
        T("3个工作日", 3, "workday"),
        T("2年", 2, "year"),                        # 认定有效期2年
        T("1个月", 1, "month"),                     # 到期前1个月: digit 1, not a lone 一 (set 1 call 13)
        D("2024年", "2024"),
        C("3.2万例", 32000, "case"),
        P("18.4%", 0.184),
        R("绍兴市", SX, in_org=True),               # 来源:绍兴市医疗保障局
    ],
    "heldout19-wechat-3": [
        # 【提醒】: nothing
        R("南宁", NN),                              # 南宁春节期间…安排: a topic
        DR("2025年1月28日至2月4日", "2025-01-28", "2025-02-04"),
        # (农历除夕至正月初七), (正月初八): lunar calendar days, no dates of the guidelines
        D("2月5日", "--02-05"),                     # 2月5日(正月初八)起: 起 does not touch the date
        C("28项", 28, "item"),
        R("广西", GX, in_org=True),                 # “广西医保”公众号: an account's name
        M("¥50", 50),                               # 满&yen;50: 满 is not on the list
        PH("0771-5501236", city="南宁市"),          # 0771 is shared by 南宁 and 崇左: the article's region
        R("青秀区", "450103"),
        R("西乡塘区", "450107"),
        PH("0771-4853127", city="南宁市"),
        R("武鸣区", "450110"),
    ],
}
