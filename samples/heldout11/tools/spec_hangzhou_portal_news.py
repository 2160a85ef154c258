from gold_lib import *

HZ = "330100"                                       # 杭州市 (浙江省)
# This portal sets a space between Chinese characters and Latin letters or digits ("pangu" spacing), in
# dates (2025 年 3 月 1 日), amounts (5,000 元, 1 万元) and counts (3,412 家). Judgement call 1: such a space
# stands where the number and its unit touch in ordinary Chinese typesetting, so the mention runs across it
# (the inner spaces are part of the span, as in set 1's phone `137 8746 0125`). Qualifier and period words
# on this page stand after the unit (元左右, 元以上, 元/月), never before a spaced number.
SPEC = [
    # Hangzhou News | …, Livelihood, Updated:, Source:, Editor: Lily Wang: English, no mentions (set 4 call 16)
    R("杭州", HZ),                                  # headline 杭州 2025 年度…: a place before a topic
    D("2025 年度", "2025"),
    P("60%", 0.6),                                  # ６０％ (full-width digits and sign) → 60% after NFKC
    D("2025-02-26", "2025-02-26"),                  # 10:30: a time; (GMT+8): nothing
    R("杭州", HZ, in_org=True),                     # Source: 杭州日报 (a newspaper, set 1 call 7)
    R("杭州市", HZ, in_org=True),                   # 杭州市医疗保障局
    D("2025 年 3 月 1 日起", "2025-03-01", qualifier="from"),   # 自 … 起: 自 outside
    R("杭州", HZ),                                  # 杭州职工医保普通门诊待遇: a topic
    P("50%", 0.5),
    P("60%", 0.6),
    P("65%", 0.65),
    P("75%", 0.75),
    M("1,000 元", 1000),
    M("700 元", 700),
    # 起付标准以上的部分: 以上 after a noun, no number
    M("5,000 元", 5000),                            # 年度统筹基金支付限额为 5,000 元: 年度 is no period word
    M("6,000 元", 6000),
    D("2024 年", "2024"),
    R("杭州", HZ),                                  # 杭州职工医保门诊: a topic
    C("4,265 万人次", 42650000, "person"),
    M("86.3 亿元", 8630000000),
    P("9.8%", 0.098),
    # 全市: no place
    C("3,412 家", 3412, "institution"),
    M("4,462 元/月", 4462, period="month"),         # 缴费基数下限: 下限 is not on the shared list (上限 is), and it
                                                    # does not touch anyway (调整为 between)
    P("9%", 0.09),
    M("402 元左右", 402, qualifier="approx"),       # 每月最低缴费 402 元左右: neither 每月 nor 最低 touches (缴费 between)
    T("6 个月", 6, "month"),                        # 连续缴费满 6 个月后: 满 and 后 outside (满30年, 30日后)
    # 跨省, 外地: no places; 市医保局: 市 alone; “浙里办”APP: 浙 one character, no place
    R("杭州", HZ, in_org=True),                     # “杭州医保”微信公众号: an account
    P("10 个百分点", 0.1, points=True),
    M("1 万元以上", 10000, qualifier="min"),        # 单次住院费用在 1 万元以上: 单次 is no period word, 在 between anyway
    # “一站式”: nothing
    PH("12393"),                                    # １２３９３ (full-width) → 12393
    # 各区、县(市): no places
    # the table: header | 区、县(市) | 医保服务热线 | 服务时间 |, |---| rule; each row a district as a label (plain,
    # set 5 call 4), a phone, and 工作日 8:30-17:00 (工作日 without a number: nothing; the times: nothing)
    R("上城区", "330102"),
    PH("0571-87801236"),
    R("拱墅区", "330105"),
    PH("0571-88157209"),
    R("西湖区", "330106"),                          # 杭州's 西湖区 (南昌 has one too): the article's city decides
    PH("0571-87963318"),
    R("滨江区", "330108"),
    PH("0571-87702245"),
    R("萧山区", "330109"),
    PH("0571-82893152"),
    R("余杭区", "330110"),
    PH("0571-89386120"),
    R("桐庐县", "330122"),
    PH("0571-64623081"),
    R("建德市", "330182"),
    PH("0571-64729534"),
    # Related: an English label, not a related-items block (the page has none): the line is part of the main text
    D("2025 年", "2025"),
    M("380 元/年", 380, period="year"),
    D("2025 年 2 月 28 日", "2025-02-28"),          # 缴费截止日为 …: 截止日 is a noun before the date, no qualifier
    # (Reporter: 王某  Intern: 李某): no mentions
]
