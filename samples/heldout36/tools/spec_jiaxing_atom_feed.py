from gold_lib import *

JX = "330400"                                        # 嘉兴市
SPEC = [
    # A raw Atom XML feed saved as .txt: the normalised text is the whole file, tags and attributes included.
    # <?xml version="1.0" encoding="utf-8"?>: a version number and the 8 of utf-8, no unit
    U("http://www.w3.org/2005/Atom"),                # the namespace in xmlns="…" is a URL written in the text
    R("嘉兴", JX, in_org=True),                      # <title>嘉兴医保 · 政策速递: the feed's (account's) name
    R("嘉兴市", JX, in_org=True),                    # 嘉兴市医疗保障局政务信息订阅
    U("https://ybj.example.gov.cn/jx/feed.atom"),
    # <id>urn:…</id>: no URL (no http(s)://, no www.)
    D("2025-11-18", "2025-11-18"),                   # <updated>2025-11-18T08:00:00+08:00: the date; the time and the offset are nothing
    R("嘉兴市", JX, in_org=True),                    # <author><name>
    E("jxyb_xxzx@example.gov.cn"),
    # entry 1
    R("海宁市", "330481"),                           # a place before a topic (title)
    D("2026年度", "2026"),
    U("https://ybj.example.gov.cn/jx/art/hn-canbao.html"),
    D("2025-11-17", "2025-11-17"),
    R("海宁市", "330481"),
    D("2026年度", "2026"),
    M("每年540元", 540, period="year"),              # 每人每年540元
    DR("2025年11月1日至12月31日", "2025-11-01", "2025-12-31"),
    T("3个月", 3, "month"),                          # 出生后3个月内 (内 is not on the list)
    # entry 2
    R("平湖市", "330482"),
    P("70%", 0.7),
    U("https://ybj.example.gov.cn/jx/art/ph-gongji.html"),
    D("2025-11-14", "2025-11-14"),
    # <content type="html"><![CDATA[<p>…: the markup is text here, no mention
    D("2025年12月1日起", "2025-12-01", qualifier="from"),
    R("平湖市", "330482"),                           # 平湖市职工医保参保人员: a place before a programme
    M("600元", 600),                                 # 由600元降至500元
    M("500元", 500),
    P("65%", 0.65),                                  # 由65%提高到70%
    P("70%", 0.7),
    P("5个百分点", 0.05, points=True),
    PH("0573-85012345"),                             # 嘉兴's 0573 with an 8-digit number
    # entry 3
    R("桐乡市", "330483"),
    C("12家", 12, "institution"),                    # “双通道”: 通道 (a county of 怀化) is part of a longer word
    U("https://ybj.example.gov.cn/jx/art/tx-yaodian.html"),
    D("2025-11-10", "2025-11-10"),
    R("桐乡市", "330483", in_org=True),              # 桐乡市医疗保障局;  第二批: an ordinal
    C("12家", 12, "institution"),
    C("27家", 27, "institution"),                    # 全市累计达27家 (全市: no place)
    C("86种", 86, "kind"),
    # entry 4
    R("嘉善县", "330421"),
    U("https://ybj.example.gov.cn/jx/art/js-changhu.html"),
    D("2025-11-03", "2025-11-03"),
    # &lt;p&gt;: an escaped tag, left as text by NFKC, nothing
    R("嘉善县", "330421"),                           # 嘉善县重度失能人员: a place before a group of people
    M("每天40元", 40, period="day"),
    P("75%", 0.75),
    M("每月最高1800元", 1800, period="month", qualifier="max"),   # period and qualifier together (set 1 call 3)
    D("2026年1月1日起", "2026-01-01", qualifier="from"),
    C("2100名", 2100, "person"),                     # 约有2100名: 有 between, no qualifier (set 1 call 14)
]
