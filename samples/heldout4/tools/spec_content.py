from gold_lib import *

JXG, ZJ, SH, SZ = "330400", "330000", "310000", "320500"   # 嘉兴市, 浙江省, 上海市, 苏州市
# content.jsonl: the page text is in a `content` field, plain text.  Entities (&nbsp; &amp; &lt; &gt;)
# are literal characters of that text (no HTML is decoded in a text field), so they are no part of
# any mention and no mention is split by them.  U+3000 indents are spaces after NFKC.
DOCS = {
    "heldout4-content-1": [
        R("嘉兴市", JXG),                           # title: a topic
        D("2025年度", "2025"),
        M("每年480元", 480, period="year"),         # …启动&nbsp;&nbsp;成年居民每人每年480元
        R("嘉兴", JXG, in_org=True),                # 嘉兴在线讯: a news site (set 1 call 7)
        R("嘉兴市", JXG, in_org=True),              # 嘉兴市医疗保障局
        D("2025年度", "2025"),
        DR("2024年10月1日至12月31日", "2024-10-01", "2024-12-31"),
        M("每年480元", 480, period="year"),
        M("每年330元", 330, period="year"),
        M("每年1,180元", 1180, period="year"),      # 不低于每人每年1,180元: 不低于 does not touch the amount
        # “浙里办”: 浙 is a one-character abbreviation
        R("浙江", ZJ, in_org=True),                 # “浙江医保”微信公众号 (after APP&amp;)
        R("嘉兴", JXG, in_org=True),                # 嘉兴银行
        R("浙江", ZJ, in_org=True),                 # 浙江农商银行
        P("85%", 0.85),
        P("75%", 0.75),
        # 市级及以上医院: a level
        P("65%", 0.65),                             # 65%&lt;含大病保险&gt;: the entity is text after the mention
        M("40万元", 400000),                        # 为&nbsp;40万元
        T("4年", 4, "year"),                        # 满4年 (满 is no qualifier)
        T("1年", 1, "year"),                        # 每多参保1年
        M("5000元", 5000),
        R("嘉兴市南湖区", "330402"),                # a chain
        R("秀洲区", "330411"),
        R("海宁市", "330481"),
        R("平湖市", "330482"),
        R("桐乡市", "330483"),
        R("嘉善县", "330421"),
        R("海盐县", "330424"),
        C("7个", 7, "item"),                        # 7个县(市、区)
        D("11月20日", "--11-20"),                   # 截至…
        C("186.2万人", 1862000, "person"),
        PH("0573-82061234"),
        PH("12345"),
    ],
    "heldout4-content-2": [                         # mostly English: only the forms of the guidelines count.
        # English words are no places (Shanghai, Pudong New Area) and no units (yuan, days, working days)
        R("上海市", SH),                            # (上海市职工医保): a topic
        # first month: an ordinal in English
        D("2024-07-01", "2024-07-01"),
        M("1500元", 1500),                          # 1500元 per year: English 'per year' is no period word
        P("70%", 0.7),
        P("50%", 0.5),
        P("9%", 0.09),
        P("2%", 0.02),
        # 590,000 yuan: 'yuan' is not a currency unit of the guidelines (元 is): no money
        R("浦东新区", "310115"),
        R("黄浦区", "310101"),
        # “随申办”: 申 is a one-character abbreviation.  3 working days, 15 days: English units, no duration
        PH("021-63018806"),
        PH("12345"),
        # 9:00-17:00: times
        U("https://ybj.sh.example.gov.cn/en/foreigners"),
    ],
    "heldout4-content-3": [
        R("苏州市", SZ),                            # 苏州市长期护理保险: 苏州市 + 长期护理保险 (a topic), not 市长
        D("2025年1月1日起", "2025-01-01", qualifier="from"),
        M("每天26元", 26, period="day"),
        M("每天30元", 30, period="day"),
        M("每天40元", 40, period="day"),            # 每人每天40元
        M("每次150元", 150, period="time"),         # after &amp;&nbsp;
        P("70%", 0.7),
        C("312家", 312, "institution"),
        D("2024年", "2024"),                        # &lt;2024年: the entity's ; before the year
        C("4.7万人", 47000, "person"),
        R("姑苏区", "320508"),                      # 苏州's districts
        R("吴中区", "320506"),
        T("2年", 2, "year"),                        # 有效期2年
        PH("0512-68881234"),
    ],
}
